package org.maquis.archive.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the specs of the node types share (swapi-graphql's shape: a type by its lookup, through `node`, through its
 * connection with a cursor round trip, its nulls), written once so that each spec reads as its GraphQL operations.
 * A connection's document takes `$first`, `$after`, `$last`, `$before` (and `$filter` for a root list) and selects
 * {@link #page(String)} of it; its nodes are told apart by a key: a slug, or an id for a link record.
 */
public final class Specs {

    private Specs() {
    }

    /** The selection of a page whose nodes' key is {@code key} (`slug`, `id`): edges with cursors, nodes, pageInfo, count. */
    public static String page(String key) {
        return "{ edges { cursor node { key: " + key + " } } nodes { key: " + key + " }"
                + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount }";
    }

    /**
     * The query of a connection of the thing with slug {@code $slug}: {@code parent(slug:)}'s {@code field}, paged by the
     * variables {@code first}, {@code after}, {@code last} and {@code before}, in {@link #page}'s shape.
     */
    public static String connectionOf(String parent, String field, String key) {
        return "query Connection($slug: String!, $first: Int, $after: String, $last: Int, $before: String) { " + parent
                + "(slug: $slug) { " + field + "(first: $first, after: $after, last: $last, before: $before) " + page(key) + " } }";
    }

    /** Posts a document with no token, and asserts a clean answer (HTTP 200, no errors). */
    public static JsonPath ask(String document, Map<String, ?> variables) {
        return clean(post(null, document, variables));
    }

    /** Posts a document as the test archivist, and asserts a clean answer; user errors are the caller's to check. */
    public static JsonPath mutate(String document, Map<String, ?> variables) {
        return clean(post(Archivist.token(), document, variables));
    }

    private static JsonPath post(String token, String document, Map<String, ?> variables) {
        var request = given().contentType(ContentType.JSON);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.body(Map.of("query", document, "variables", variables)).when().post("/graphql").then()
                .statusCode(200).extract().jsonPath();
    }

    private static JsonPath clean(JsonPath answer) {
        assertNull(answer.get("errors"), () -> "errors: " + answer.prettify());
        return answer;
    }

    /** The global id of each row of a type, as V2__mirror_maquis_lore.sql keys them: {@code ids("Membership", 5, 6)}. */
    public static List<String> ids(String type, long... rows) {
        return Arrays.stream(rows).mapToObj(row -> LoreIds.encode(type + ":" + row)).toList();
    }

    /**
     * `node(id:)` answers, under `... on type { selection }`, exactly {@code expected} (what the type's own lookup
     * answered), and `nodes(ids:)` answers it at each place its id is given, null for an id of nothing between them.
     */
    public static void sameThroughNode(String type, String selection, String id, Map<String, Object> expected) {
        JsonPath node = ask("query Node($id: ID!) { node(id: $id) { __typename ... on " + type + " { " + selection + " } } }",
                Map.of("id", id));
        Map<String, Object> answered = new HashMap<>(node.getMap("data.node"));
        assertEquals(type, answered.remove("__typename"));
        assertEquals(expected, answered, "node(id:) gives what the lookup gives");
        String nothing = LoreIds.encode(type + ":999999");
        JsonPath nodes = post(null, "query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ... on " + type + " { " + selection + " } } }",
                Map.of("ids", List.of(id, nothing, id)));
        assertEquals(3, nodes.getList("data.nodes").size());
        assertEquals(expected, nodes.getMap("data.nodes[0]"), "nodes(ids:) gives it in the place of its id");
        assertNull(nodes.get("data.nodes[1]"), "an id of nothing is null");
        assertEquals(expected, nodes.getMap("data.nodes[2]"), "and again where it is given again");
        assertEquals("NOT_FOUND", nodes.getString("errors[0].extensions.code"));
    }

    /**
     * Walks the connection at {@code path} of {@code document}, which holds exactly {@code expected} (keys, in order):
     * one page of all; then pages of sizes 1, 2, 3, half, all but one and all, forward (`first`, then `after: endCursor`) and
     * backward (`last`, then `before: startCursor`), each page exactly its slice of the whole (no overlap, no gap),
     * with pageInfo's flags and cursors right and totalCount the whole's size.
     */
    public static void walks(String document, Map<String, Object> variables, String path, List<String> expected) {
        int n = expected.size();
        assertTrue(n >= 2, "a connection of at least two nodes walks");
        assertEquals(expected, page(document, with(variables, "first", 100), path).keys, "one page of all");
        for (int size : new java.util.TreeSet<>(List.of(1, 2, 3, (n + 1) / 2, n - 1, n))) {
            if (size < 1 || size > n) {
                continue;
            }
            Page page = page(document, with(variables, "first", size), path);
            for (int from = 0; ; from += size) {
                String at = "forward by " + size + " from " + from;
                assertEquals(expected.subList(from, Math.min(n, from + size)), page.keys, at);
                assertEquals(from + size < n, page.hasNext, at + ": hasNextPage");
                assertEquals(from > 0, page.hasPrevious, at + ": hasPreviousPage");
                assertEquals(n, page.total, at + ": totalCount");
                if (!page.hasNext) {
                    break;
                }
                page = page(document, with(with(variables, "first", size), "after", page.end), path);
            }
            page = page(document, with(variables, "last", size), path);
            for (int to = n; ; to -= size) {
                String at = "backward by " + size + " to " + to;
                assertEquals(expected.subList(Math.max(0, to - size), to), page.keys, at);
                assertEquals(to - size > 0, page.hasPrevious, at + ": hasPreviousPage");
                assertEquals(to < n, page.hasNext, at + ": hasNextPage");
                if (!page.hasPrevious) {
                    break;
                }
                page = page(document, with(with(variables, "last", size), "before", page.start), path);
            }
        }
        Page last = page(document, with(with(variables, "first", 1), "after", page(document, with(variables, "last", 1), path).end), path);
        assertEquals(List.of(), last.keys, "nothing after the last node");
        assertFalse(last.hasNext);
        assertNull(last.start, "an empty page has no cursors");
    }

    /**
     * A filter narrows a root list: without it the list is {@code all}; with it, exactly {@code narrowed}, a proper and
     * non-empty part of all, each row of which (the document's `nodes`, with the fields it selects) satisfies
     * {@code holds}.
     */
    public static void narrows(String document, String path, Map<String, Object> filter, List<String> all, List<String> narrowed,
                               Predicate<Map<String, Object>> holds) {
        assertFalse(narrowed.isEmpty(), "a filter that keeps something");
        assertTrue(narrowed.size() < all.size() && all.containsAll(narrowed), "a proper part of the list");
        assertEquals(all, ask(document, with(Map.of(), "first", 100)).getList(path + ".nodes.key"), "the list without the filter");
        JsonPath filtered = ask(document, with(Map.of("filter", filter), "first", 100));
        assertEquals(narrowed, filtered.getList(path + ".nodes.key"), "the list filtered by " + filter);
        assertEquals(narrowed.size(), filtered.getInt(path + ".totalCount"), "totalCount counts the filtered list");
        List<Map<String, Object>> rows = filtered.getList(path + ".nodes");
        for (Map<String, Object> row : rows) {
            assertTrue(holds.test(row), () -> row + " does not satisfy " + filter);
        }
    }

    private record Page(List<String> keys, boolean hasNext, boolean hasPrevious, String start, String end, int total) {
    }

    private static Page page(String document, Map<String, Object> variables, String path) {
        JsonPath json = ask(document, variables);
        List<String> keys = json.getList(path + ".edges.node.key");
        assertEquals(keys, json.getList(path + ".nodes.key"), "edges and nodes agree");
        List<String> cursors = json.getList(path + ".edges.cursor");
        String start = json.getString(path + ".pageInfo.startCursor");
        String end = json.getString(path + ".pageInfo.endCursor");
        assertEquals(cursors.isEmpty() ? null : cursors.get(0), start, "startCursor is the first edge's");
        assertEquals(cursors.isEmpty() ? null : cursors.get(cursors.size() - 1), end, "endCursor is the last edge's");
        return new Page(keys, json.getBoolean(path + ".pageInfo.hasNextPage"), json.getBoolean(path + ".pageInfo.hasPreviousPage"),
                start, end, json.getInt(path + ".totalCount"));
    }

    /** Asserts that the root field {@code field} of the document's answer is there and null (an unknown slug). */
    public static void nullAt(String document, Map<String, ?> variables, String field) {
        Map<String, Object> data = ask(document, variables).getMap("data");
        assertTrue(data.containsKey(field), field + " is answered");
        assertNull(data.get(field), field + " is null");
    }

    /**
     * Runs {@code mutation} (`createShip`) of input type {@code inputType} with {@code input} as the archivist, asserts it
     * landed (no user errors) and gives the id of what it made, read from the payload's field {@code payloadField}.
     */
    public static String create(String mutation, String inputType, String payloadField, Map<String, Object> input) {
        return (String) create(mutation, inputType, payloadField, "id", input).get("id");
    }

    /** As {@link #create(String, String, String, Map)}, giving what the payload answers of {@code selection}. */
    public static Map<String, Object> create(String mutation, String inputType, String payloadField, String selection,
                                             Map<String, Object> input) {
        JsonPath created = mutate("mutation Create($input: " + inputType + "!) { " + mutation + "(input: $input) {"
                + " " + payloadField + " { " + selection + " } userErrors { field message } } }", Map.of("input", input));
        assertEquals(List.of(), created.getList("data." + mutation + ".userErrors"), mutation + " landed");
        return created.getMap("data." + mutation + "." + payloadField);
    }

    /** The history of the record with this id, newest first: each change's kind, actor, mutation, version, node and fields. */
    public static List<Map<String, Object>> history(String id) {
        return ask("query History($of: ID!) { history(of: $of, first: 20) { nodes { kind actor mutation nodeVersion node"
                + " fields { name before after } } } }", Map.of("of", id)).getList("data.history.nodes");
    }

    /** One change of a creation by the test archivist, as {@link #history} reads it; the fields in the order given (their names'). */
    public static Map<String, Object> created(String mutation, String id, Map<String, Object> fieldsAfter) {
        List<Map<String, Object>> fields = new ArrayList<>();
        fieldsAfter.forEach((name, after) -> fields.add(LoreFacts.m("name", name, "before", null, "after", after)));
        return LoreFacts.m("kind", "CREATE", "actor", "test-archivist", "mutation", mutation, "nodeVersion", 1, "node", id,
                "fields", fields);
    }

    /** These fields of an object, in this order, nulls kept. */
    public static Map<String, Object> pick(Map<String, Object> object, String... fields) {
        Map<String, Object> picked = LoreFacts.m();
        for (String field : fields) {
            assertTrue(object.containsKey(field), field + " is answered");
            picked.put(field, object.get(field));
        }
        return picked;
    }

    /** The variables with one more. */
    public static Map<String, Object> with(Map<String, ?> variables, String name, Object value) {
        Map<String, Object> copy = new HashMap<>(variables);
        copy.put(name, value);
        return copy;
    }

    /** The list backward: a NAME_DESC order. */
    public static List<String> reversed(List<String> keys) {
        List<String> reversed = new ArrayList<>(keys);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /** Keeps the list's order; for expected lists written out. */
    public static List<String> keys(String... keys) {
        return new ArrayList<>(List.of(keys));
    }
}
