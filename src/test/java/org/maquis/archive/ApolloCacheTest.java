package org.maquis.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/**
 * README's Apollo Client cache policies, as README has them, with @apollo/client (npm, pinned in src/test/apollo,
 * installed by this test with `npm ci` when missing): src/test/apollo/check-apollo.mjs checks them against
 * schema.graphql (every connection paged and keyed by its other arguments, every object without an id merged) and
 * runs graphql/apollo/cache-merges.graphql through an ApolloClient against this server: no warning, and the cache
 * reads back the dates whole and the pages joined; the same queries into a cache without the policies warn.
 */
@QuarkusTest
class ApolloCacheTest {

    private static final Path APOLLO = Path.of("src", "test", "apollo");

    @TestHTTPResource("/")
    URL base;

    @Test
    void readmesTypePoliciesMergeDatesAndPagesWithoutWarnings() throws IOException, InterruptedException {
        if (!Files.isDirectory(APOLLO.resolve("node_modules/@apollo/client"))) {
            run(120, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }
        String printed = run(120, "node", "check-apollo.mjs", base.toString(),
                Path.of("target", "apollo-check").toAbsolutePath().toString());
        System.out.println("[apollo] " + printed);
        JsonObject result = GraphQL.json(printed.lines().reduce((a, b) -> b).orElse("{}")).asJsonObject();
        assertEquals(List.of(), strings(result, "problems"));
        assertTrue(result.getBoolean("ok"), printed);
        assertTrue(result.getInt("connections") > 60, "connection fields checked: " + result.getInt("connections"));
        assertEquals(List.of("ApproximateDate"), strings(result, "merged"), "the objects without an id that records hold");
        assertEquals(List.of(), strings(result, "said"), "what Apollo said with README's policies");
        assertTrue(strings(result, "withoutPolicies").containsAll(
                List.of("Faction.founded", "Event.date", "Faction.members", "Query.people")),
                "without the policies Apollo warns of each kind: " + strings(result, "withoutPolicies"));
    }

    private static List<String> strings(JsonObject result, String key) {
        return result.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** Runs a command in src/test/apollo and answers what it printed (the check exits 1 on a problem it prints). */
    private static String run(int seconds, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(APOLLO.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        String printed = new String(out, StandardCharsets.UTF_8);
        if (!"node".equals(command[0])) {
            assertEquals(0, process.exitValue(), String.join(" ", command) + " failed: " + printed);
        }
        return printed;
    }
}
