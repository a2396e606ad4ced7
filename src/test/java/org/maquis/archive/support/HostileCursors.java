package org.maquis.archive.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Crafted cursors for every order of every connection: a cursor is base64url of {@code <order name>:<JSON array of the
 * row's sort keys>} (graph/Order), so one read from the server tells the order's name and the type of each key; then each
 * key in turn takes hostile values of its type (a date beyond the bounds or no date, text with NUL or a lone surrogate,
 * a number beyond 64 bits), and the array takes the wrong length. The connections are the root lists in each order
 * their `orderBy` offers, and every connection of a thing looked up by slug, all from the schema.
 */
public final class HostileCursors {

    /** A connection in one order: the document, with `$after`, `$before`, `$first`, `$last`, and a real cursor of it. */
    record Connection(String label, String document, String order, JsonArray keys, boolean backward) {
    }

    private final Shapes shapes;
    private final LoreInputs inputs;
    private final Random random;

    public HostileCursors(Shapes shapes, long seed) {
        this.shapes = shapes;
        this.inputs = new LoreInputs(shapes, id -> {
            throw new IllegalStateException("a read names no version");
        });
        this.random = new Random(seed);
    }

    /**
     * The probes: for each connection, each order read from the server by {@code run} (a document and its variables
     * to the answer), crafted cursors sent after and before. {@code missing} collects connections that gave no cursor,
     * {@code orders} the names of the orders crafted.
     */
    public List<SchemaProbes.Probe> probes(Function<Calls.Call, JsonObject> run, List<String> missing, java.util.Set<String> orders) {
        List<SchemaProbes.Probe> probes = new ArrayList<>();
        for (Connection connection : connections(run, missing)) {
            orders.add(connection.order());
            for (Map.Entry<String, JsonArray> crafted : crafted(connection).entrySet()) {
                boolean after = !connection.backward() || random.nextBoolean();
                Map<String, Object> variables = new LinkedHashMap<>();
                variables.put(after ? "after" : "before", cursor(connection.order(), crafted.getValue()));
                variables.put(after ? "first" : "last", 2);
                probes.add(new SchemaProbes.Probe(connection.label(), false, (after ? "after" : "before") + " " + connection.order(),
                        crafted.getKey(), SchemaProbes.Caller.NONE, new Calls.Call(connection.label(), connection.document(), variables)));
            }
        }
        return probes;
    }

    /** Connections kept of each order: enough to reach its decoding from a root list and from a nested one. */
    private static final int PER_ORDER = 2;

    /** Root lists in each of their orders, and the connections of each thing looked up by slug. */
    private List<Connection> connections(Function<Calls.Call, JsonObject> run, List<String> missing) {
        List<Connection> found = new ArrayList<>();
        for (Shapes.Field root : shapes.queries()) {
            String required = Calls.graphql(inputs.args(root)).replaceAll("^\\{|}$", "");
            if (pages(root)) {
                for (String order : orders(root)) {
                    String args = required + (required.isEmpty() ? "" : ", ") + (order == null ? "" : "orderBy: " + order + ", ");
                    String document = declare(root) + root.name() + "(" + args + page(root) + ") { edges { cursor } } }";
                    read(run, root.name() + (order == null ? "" : " " + order), document, root.name(), null, found, missing);
                }
            } else if (root.args().stream().anyMatch(a -> a.name().equals("slug"))) {
                for (Shapes.Field nested : shapes.type(root.type()).fields()) {
                    if (pages(nested)) {
                        String document = declare(nested) + root.name() + "(" + required + ") { " + nested.name() + "(" + page(nested)
                                + ") { edges { cursor } } } }";
                        read(run, root.name() + "." + nested.name(), document, root.name(), nested.name(), found, missing);
                    }
                }
            }
        }
        return found;
    }

    private static boolean pages(Shapes.Field field) {
        return field.args().stream().anyMatch(a -> a.name().equals("after"));
    }

    private static boolean backward(Shapes.Field field) {
        return field.args().stream().anyMatch(a -> a.name().equals("before"));
    }

    private static String declare(Shapes.Field field) {
        return "query($first: Int, $after: String" + (backward(field) ? ", $last: Int, $before: String" : "") + ") { ";
    }

    private static String page(Shapes.Field field) {
        return "first: $first, after: $after" + (backward(field) ? ", last: $last, before: $before" : "");
    }

    /** The values of the field's `orderBy`, or one null for a list in one order only. */
    private List<String> orders(Shapes.Field root) {
        return root.args().stream().filter(a -> a.name().equals("orderBy")).findFirst()
                .map(a -> shapes.type(a.type()).enumValues()).orElseGet(() -> java.util.Collections.singletonList(null));
    }

    private void read(Function<Calls.Call, JsonObject> run, String label, String document, String root, String nested,
            List<Connection> found, List<String> missing) {
        JsonObject answer = run.apply(new Calls.Call(label, document, Map.of("first", 1)));
        JsonObject data = answer.getJsonObject("data");
        JsonObject connection = data == null ? null : data.getJsonObject(root);
        if (connection != null && nested != null) {
            connection = connection.getJsonObject(nested);
        }
        JsonArray edges = connection == null ? null : connection.getJsonArray("edges");
        if (edges == null || edges.isEmpty()) {
            missing.add(label);
            return;
        }
        String raw = new String(Base64.getUrlDecoder().decode(edges.getJsonObject(0).getString("cursor")), StandardCharsets.UTF_8);
        int colon = raw.indexOf(':');
        String order = raw.substring(0, colon);
        if (found.stream().filter(c -> c.order().equals(order)).count() < PER_ORDER) {
            found.add(new Connection(label, document, order, new JsonArray(raw.substring(colon + 1)), document.contains("$before")));
        }
    }

    /** The crafted sort keys by what they hold: each key in turn hostile, then arrays of the wrong length. */
    private static Map<String, JsonArray> crafted(Connection connection) {
        Map<String, JsonArray> crafted = new LinkedHashMap<>();
        JsonArray keys = connection.keys();
        for (int i = 0; i < keys.size(); i++) {
            for (Map.Entry<String, Object> value : hostile(keys.getValue(i)).entrySet()) {
                JsonArray copy = keys.copy();
                copy.set(i, value.getValue());
                crafted.put("key " + i + ": " + value.getKey(), copy);
            }
        }
        crafted.put("one key too few", new JsonArray(keys.getList().subList(0, keys.size() - 1)));
        crafted.put("one key too many", keys.copy().add(keys.getValue(keys.size() - 1)));
        return crafted;
    }

    /** Hostile values in place of a key like {@code key}: a date, text or number. */
    private static Map<String, Object> hostile(Object key) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (key instanceof String text && (text.matches("-?\\d{4,}-\\d\\d-\\d\\d") || text.endsWith("infinity"))) {
            HostileScalars.BOUNDS.forEach(d -> values.put("date at the bound " + d, d));
            HostileScalars.FAR_DATES.forEach(d -> values.put("date " + d, d));
            HostileScalars.MALFORMED_DATES.forEach(d -> values.put("date " + d, d));
        }
        if (key instanceof String) {
            values.put("text: NUL", "Marlena\u0000");
            values.put("text: lone surrogate", "Marlena\ud800");
            values.put("text: 30000 characters", "M".repeat(30_000));
            values.put("a number for text", 7);
        } else {
            values.put("2^63", new java.math.BigInteger("9223372036854775808"));
            values.put("-2^63 - 1", new java.math.BigInteger("-9223372036854775809"));
            values.put("1e400", new java.math.BigDecimal("1e400"));
            values.put("1.5", 1.5);
            values.put("text for a number", "1");
        }
        values.put("null", null);
        return values;
    }

    /** A cursor as the archive writes one, of this order and these keys (ASCII JSON, so a lone surrogate stays one). */
    static String cursor(String order, JsonArray keys) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((order + ":" + Calls.json(keys.getList()))
                .getBytes(StandardCharsets.UTF_8));
    }
}
