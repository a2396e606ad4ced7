package org.maquis.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maquis.archive.support.GraphQL;

/**
 * Walking a connection page by page, forward or backward, gives every node exactly once, in the same
 * order as one big page: for root connections (the timeline) and nested ones (an event's participants).
 */
@QuarkusTest
class PagingTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7})
    void theTimelineWalksForwardAndBackward(int size) {
        List<String> whole = page("paging/events", Map.of("first", 100), "data.events").slugs;
        assertTrue(whole.size() > 20, "the article dates more than twenty events");
        assertEquals(whole, forward("paging/events", "data.events", size, Map.of()));
        assertEquals(whole, backward("paging/events", "data.events", size, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void aNestedConnectionWalksForwardAndBackward(int size) {
        Map<String, Object> vars = Map.of("slug", "founding-of-the-maquis");
        List<String> whole = page("paging/participants", with(vars, "first", 100), "data.event.participants").slugs;
        assertTrue(whole.size() >= 2, "Sarek and Marlena Moreau founded the Maquis");
        assertEquals(whole, forward("paging/participants", "data.event.participants", size, vars));
        assertEquals(whole, backward("paging/participants", "data.event.participants", size, vars));
    }

    private static List<String> forward(String operation, String path, int size, Map<String, Object> vars) {
        List<String> seen = new ArrayList<>();
        Page page = page(operation, with(vars, "first", size), path);
        seen.addAll(page.slugs);
        while (page.hasNext) {
            assertFalse(page.slugs.isEmpty());
            page = page(operation, with(with(vars, "first", size), "after", page.end), path);
            seen.addAll(page.slugs);
        }
        return seen;
    }

    private static List<String> backward(String operation, String path, int size, Map<String, Object> vars) {
        List<String> seen = new ArrayList<>();
        Page page = page(operation, with(vars, "last", size), path);
        seen.addAll(0, page.slugs);
        while (page.hasPrevious) {
            page = page(operation, with(with(vars, "last", size), "before", page.start), path);
            seen.addAll(0, page.slugs);
        }
        return seen;
    }

    private record Page(List<String> slugs, boolean hasNext, boolean hasPrevious, String start, String end) {
    }

    private static Page page(String operation, Map<String, Object> vars, String path) {
        JsonPath json = GraphQL.run(operation, vars).statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), "no errors");
        List<String> slugs = json.getList(path + ".edges.node.key");
        assertEquals(slugs, json.getList(path + ".nodes.key"), "edges and nodes agree");
        assertTrue(json.getInt(path + ".totalCount") >= slugs.size());
        return new Page(slugs, json.getBoolean(path + ".pageInfo.hasNextPage"),
                json.getBoolean(path + ".pageInfo.hasPreviousPage"),
                json.getString(path + ".pageInfo.startCursor"), json.getString(path + ".pageInfo.endCursor"));
    }

    private static Map<String, Object> with(Map<String, Object> vars, String name, Object value) {
        Map<String, Object> copy = new HashMap<>(vars);
        copy.put(name, value);
        return Collections.unmodifiableMap(copy);
    }
}
