package org.maquis.archive.support;

import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile requests to the GraphQL endpoint, generated from one seed: the same seed gives the same requests. Each is a
 * raw HTTP request (method, headers, bytes), so that what no client library would send can be sent: broken JSON,
 * members of the wrong type, control characters and lone surrogates, huge strings, SQL, LIKE and tsquery syntax where
 * the API takes text, malformed and foreign ids and cursors, numbers out of range, valid operations with characters
 * mutated, and mutations without a token or with a bad one.
 */
public final class Hostile {

    /** One request: a POST when {@code body} is set, else a GET of {@code queryString}. */
    public record Request(String kind, String queryString, byte[] body, Map<String, String> headers) {
        @Override
        public String toString() {
            String text = body != null ? new String(body, StandardCharsets.UTF_8) : "GET ?" + queryString;
            return kind + ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)\\s*:\\s*([\\[\\]\\w!]+)");

    private final Random random;
    private final HostileValues values;
    private final List<String> operations;
    private final List<Supplier<Request>> kinds = new ArrayList<>();
    private final Map<String, String> tokens;

    /**
     * @param operations the texts of valid operations to start from
     * @param tokens bad bearer tokens by name (none, expired, forged...), sent with mutations
     */
    public Hostile(long seed, List<String> operations, Map<String, String> tokens) {
        this.random = new Random(seed);
        this.values = new HostileValues(random);
        this.operations = operations;
        this.tokens = tokens;
        kinds.add(this::brokenJson);
        kinds.add(this::deepJson);
        kinds.add(this::wrongMemberTypes);
        kinds.add(this::operationWithHostileVariables);
        kinds.add(this::operationWithHostileVariables);
        kinds.add(this::operationWithHostileVariables);
        kinds.add(this::mutatedOperation);
        kinds.add(this::mutatedOperation);
        kinds.add(this::inlineArguments);
        kinds.add(this::inlineArguments);
        kinds.add(this::mutationWithBadToken);
        kinds.add(this::wellFormedMutationWithBadToken);
        kinds.add(this::hostileGet);
        kinds.add(this::hostilePersistedQuery);
    }

    public Request next() {
        return kinds.get(random.nextInt(kinds.size())).get();
    }

    private Request post(String kind, String body) {
        return post(kind, body.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/json"));
    }

    private Request post(String kind, byte[] body, Map<String, String> headers) {
        return new Request(kind, null, body, headers);
    }

    private Request brokenJson() {
        String valid = new JsonObject().put("query", values.pick(operations)).put("variables", new JsonObject()).encode();
        return switch (random.nextInt(7)) {
            case 0 -> post("truncated JSON", valid.substring(0, random.nextInt(valid.length())));
            case 1 -> {
                byte[] bytes = new byte[random.nextInt(2000)];
                random.nextBytes(bytes);
                yield post("random bytes", bytes, Map.of("Content-Type", values.pick(List.of("application/json",
                        "application/json; charset=utf-16", "text/plain", "application/graphql", "multipart/form-data"))));
            }
            case 2 -> post("JSON that is no object", values.pick(List.of("null", "[]", "7", "\"{}\"", "true", "", " ", "[{}]",
                    "{\"query\": \"{ __typename }\"} trailing", "{\"query\": \"{ __typename }\",}", "{'query': 1}",
                    "{\"query\": \"\\ud800\"}", "{\"query\": \"{ __typename }\", \"query\": 7}", "\u0000", "{\"a\":")));
            case 3 -> post("invalid UTF-8", concat("{\"query\": \"{ person(slug: \\\"", new byte[] {(byte) 0xc3, (byte) 0x28,
                (byte) 0xff, (byte) 0xfe, (byte) 0xed, (byte) 0xa0, (byte) 0x80}, "\\\") { name } }\"}"),
                    Map.of("Content-Type", "application/json"));
            case 4 -> post("no content type", valid.getBytes(StandardCharsets.UTF_8), Map.of());
            case 5 -> post("body over the limit", "{\"query\": \"{ __typename }\", \"x\": \"" + "x".repeat(100_001) + "\"}");
            default -> post("character flipped JSON", values.flip(valid, 1 + random.nextInt(5), "{}[]\":,\\ \u0000"));
        };
    }

    private Request deepJson() {
        int depth = values.pick(List.of(100, 1_000, 5_000, 20_000, 49_000));
        String open = values.pick(List.of("[", "{\"a\":"));
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        return switch (random.nextInt(3)) {
            case 0 -> post("deep JSON as variables", "{\"query\": \"query($v: String) { __typename }\", \"variables\": {\"v\": " + nested + "}}");
            case 1 -> post("deep JSON as extensions", "{\"query\": \"{ __typename }\", \"extensions\": {\"x\": " + nested + "}}");
            default -> post("deep JSON, unclosed", "{\"query\": " + open.repeat(depth));
        };
    }

    private Request wrongMemberTypes() {
        JsonObject body = new JsonObject().put("query", values.pick(operations));
        String member = values.pick(List.of("query", "operationName", "variables", "extensions"));
        body.put(member, values.junkValue(2));
        if (random.nextBoolean()) {
            body.put(values.pick(List.of("query", "operationName", "variables", "extensions")), values.junkValue(1));
        }
        return post("wrong type for " + member, body.encode());
    }

    private Request operationWithHostileVariables() {
        String operation = values.pick(operations);
        JsonObject variables = new JsonObject();
        Matcher m = VARIABLE.matcher(operation);
        while (m.find()) {
            if (random.nextInt(8) > 0) {
                variables.put(m.group(1), random.nextInt(6) == 0 ? values.junkValue(1) : values.valueFor(m.group(2)));
            }
        }
        JsonObject body = new JsonObject().put("query", operation).put("variables", variables);
        return mutationAware("hostile variables", operation, body);
    }

    private Request mutatedOperation() {
        String operation = values.flip(values.pick(operations), 1 + random.nextInt(4), "{}()[]:$!@.,\"#\\ \n|&=0aZ_-\u0000\ud800");
        JsonObject variables = new JsonObject();
        Matcher m = VARIABLE.matcher(operation);
        while (m.find()) {
            variables.put(m.group(1), values.valueFor(m.group(2)));
        }
        return mutationAware("mutated operation", operation, new JsonObject().put("query", operation).put("variables", variables));
    }

    /** Hostile values written into the document itself, where the schema takes text, ids, cursors and numbers. */
    private Request inlineArguments() {
        String text = HostileValues.literal(values.string());
        String number = values.pick(List.of("-1", "0", "2147483648", "-2147483649", "1e100", "1.5", "99999999999999999999",
                "\"10\"", "null", "[1]", "{a: 1}", "-0", "NaN", "0x10"));
        String query = switch (random.nextInt(10)) {
            case 0 -> "{ person(slug: " + text + ") { name } }";
            case 1 -> "{ search(query: " + text + ", first: " + number + ") { totalCount nodes { __typename } } }";
            case 2 -> "{ people(filter: {name: " + text + "}, first: " + number + ") { totalCount nodes { name } } }";
            case 3 -> "{ events(filter: {fromYear: " + number + ", toYear: " + number + ", name: " + text + ", place: " + text
                    + "}) { nodes { name } } }";
            case 4 -> "{ node(id: " + HostileValues.literal(values.id()) + ") { id } }";
            case 5 -> "{ nodes(ids: [" + HostileValues.literal(values.id()) + ", " + HostileValues.literal(values.id()) + "]) { id } }";
            case 6 -> "{ people(after: " + HostileValues.literal(values.cursor()) + ", first: " + number + ") { nodes { name } } }";
            case 7 -> "{ events(before: " + HostileValues.literal(values.cursor()) + ", last: " + number + ", orderBy: DATE_ASC) { nodes { name } } }";
            case 8 -> "{ ships(filter: {shipClass: " + text + ", name: " + text + "}) { nodes { name } } factions(filter: {name: "
                    + text + ", foundedFromYear: " + number + "}) { nodes { name } } }";
            default -> "{ faction(slug: \"maquis\") { members(first: " + number + ", after: " + HostileValues.literal(values.cursor())
                    + ") { nodes { role } } } }";
        };
        return post("inline arguments", new JsonObject().put("query", query).encode());
    }

    private Request mutationWithBadToken() {
        List<String> mutations = operations.stream().filter(o -> o.stripLeading().startsWith("mutation")).toList();
        String operation = values.pick(mutations);
        JsonObject variables = new JsonObject();
        Matcher m = VARIABLE.matcher(operation);
        while (m.find()) {
            variables.put(m.group(1), values.valueFor(m.group(2)));
        }
        String name = values.pick(new ArrayList<>(tokens.keySet()));
        String token = tokens.get(name);
        Map<String, String> headers = token == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Authorization", token);
        return post("mutation, token " + name, new JsonObject().put("query", operation).put("variables", variables).encode()
                .getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A mutation that would change rows with an archivist's token: every bad token must stop it. */
    private Request wellFormedMutationWithBadToken() {
        String id = Base64.getEncoder().encodeToString(("Person:" + values.pick(List.of(1, 2, 3, 401))).getBytes(StandardCharsets.UTF_8));
        String query = values.pick(List.of(
                "mutation { createPerson(input: {name: " + HostileValues.literal(values.string()) + ", universe: MIRROR}) { person { id } userErrors { code } } }",
                "mutation($id: ID!) { deleteRecord(input: {id: $id, version: 1, detach: true}) { deletedId userErrors { code } } }",
                "mutation($id: ID!) { updatePerson(input: {id: $id, version: 1, title: \"Hostile\"}) { person { title } userErrors { code } } }"));
        String name = values.pick(new ArrayList<>(tokens.keySet()));
        String token = tokens.get(name);
        Map<String, String> headers = token == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Authorization", token);
        return post("well-formed mutation, token " + name, new JsonObject().put("query", query)
                .put("variables", new JsonObject().put("id", id)).encode().getBytes(StandardCharsets.UTF_8), headers);
    }

    private Request mutationAware(String kind, String operation, JsonObject body) {
        if (operation.contains("mutation")) {
            String name = values.pick(new ArrayList<>(tokens.keySet()));
            String token = tokens.get(name);
            if (token != null) {
                return post(kind + ", token " + name, body.encode().getBytes(StandardCharsets.UTF_8),
                        Map.of("Content-Type", "application/json", "Authorization", token));
            }
        }
        return post(kind, body.encode());
    }

    private Request hostileGet() {
        StringBuilder query = new StringBuilder();
        for (String member : List.of("query", "operationName", "variables", "extensions")) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            String value = switch (member) {
                case "query" -> random.nextBoolean() ? values.flip(values.pick(operations), random.nextInt(3), "{}$\"\u0000") : values.string();
                case "variables", "extensions" -> random.nextBoolean() ? values.junkValue(2).toString() : values.string();
                default -> values.string();
            };
            query.append(query.length() == 0 ? "" : "&").append(member).append('=')
                    .append(random.nextInt(5) == 0 ? values.pick(List.of("%25", "%ff%fe", "%00", "%ed%a0%80", "%C3%28", "&", "="))
                            : URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        if (random.nextInt(4) == 0) {
            query.append("&query=").append(URLEncoder.encode("{ __typename }", StandardCharsets.UTF_8));
        }
        return new Request("hostile GET", query.toString(), null, Map.of());
    }

    private Request hostilePersistedQuery() {
        Object hash = values.pick(List.of("0".repeat(64), "f".repeat(64), "z".repeat(64), "", "abc", "F".repeat(63), 7, "' or 1=1 --",
                "0".repeat(65), "\u0000".repeat(64), new JsonObject()));
        JsonObject persisted = new JsonObject().put("version", values.pick(List.of(1, 0, 2, -1, "1", 1.5))).put("sha256Hash", hash);
        JsonObject body = new JsonObject().put("extensions", new JsonObject().put("persistedQuery", persisted));
        if (random.nextBoolean()) {
            body.put("query", values.pick(operations));
        }
        return post("hostile persisted query", body.encode());
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }

}
