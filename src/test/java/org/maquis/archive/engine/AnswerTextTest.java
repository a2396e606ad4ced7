package org.maquis.archive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import graphql.ExecutionResultImpl;
import io.smallrye.graphql.execution.ExecutionResponse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link AnswerText} writes the very text SmallRye's ExecutionResponse writes for the same data, byte for byte: every
 * character from U+0000 to U+00FF and beyond in strings and in names, the kinds of values an answer holds, at any
 * depth, in the maps' order; and gives back what it does not write.
 */
class AnswerTextTest {

    enum Universe { MIRROR, PRIME }

    @Test
    void everyCharacterIsWrittenAsSmallRyeWritesIt() {
        Map<String, Object> data = new LinkedHashMap<>();
        IntStream.range(0, 0x180).forEach(c -> data.put("k" + (char) c, "a" + (char) c + "b" + (char) c));
        data.put("surrogates", "\uD83D\uDE80 Sisko's \"Defiant\" \\ \u2028\u2029 \u007f \uFEFF");
        data.put("empty", "");
        assertSame(data);
    }

    @Test
    void everyKindOfValueAtAnyDepthInTheMapsOrder() {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", "Kira Nerys");
        person.put("born", null);
        person.put("version", 3);
        person.put("rowId", 9_000_000_000L);
        person.put("alive", true);
        person.put("dead", false);
        person.put("universe", Universe.MIRROR);
        person.put("big", new BigInteger("123456789012345678901234567890"));
        person.put("exact", new BigDecimal("12.50"));
        person.put("short", (short) 7);
        person.put("byte", (byte) -3);
        person.put("tags", List.of("a", "b"));
        person.put("nothing", new ArrayList<>());
        person.put("mixed", new ArrayList<>(Arrays.asList(1, true, "s", Universe.PRIME, null, new LinkedHashMap<>())));
        person.put("nulls", Arrays.asList(null, "x", null));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("nodes", List.of(person, Map.of(), person));
        page.put("pageInfo", new LinkedHashMap<>(Map.of("hasNextPage", true)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("z", page);
        data.put("a", List.of(List.of(List.of(1, 2), List.of()), List.of(page)));
        data.put("missing", null);
        assertSame(data);
    }

    @Test
    void randomTextsAreWrittenAsSmallRyeWritesThem() {
        Random random = new Random(42);
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x40) : random.nextInt(0xD800)));
            }
            data.put("f" + i, text.toString());
        }
        assertSame(data);
    }

    @Test
    void whatItDoesNotWriteIsSmallRyes() {
        assertNull(AnswerText.of(Map.of("score", 0.5)));
        assertNull(AnswerText.of(Map.of("deep", List.of(Map.of("ratio", 1.5f)))));
        assertNull(AnswerText.of(Map.of("thing", new Object())));
        assertNull(AnswerText.of(new LinkedHashMap<>(Map.of("list", new ArrayList<>(List.of("a", 0.5))))));
    }

    @Test
    void nullDataIsWrittenAsNull() {
        assertEquals("{\"data\":null}", AnswerText.of(null));
    }

    private static void assertSame(Map<String, Object> data) {
        String smallRyes = new ExecutionResponse(ExecutionResultImpl.newExecutionResult().data(data).build())
                .getExecutionResultAsString();
        assertEquals(smallRyes, AnswerText.of(data));
    }
}
