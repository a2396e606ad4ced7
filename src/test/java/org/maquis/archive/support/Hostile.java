package org.maquis.archive.support;

import io.vertx.core.json.JsonArray;
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

    /** Text that means something to SQL, LIKE, tsquery or regular expressions; answers may echo it, never run it. */
    public static final List<String> SYNTAX = List.of(
            "' or '1'='1", "'; drop table person; --", "\" or 1=1 --", "marlena' union select name, slug from person --",
            "%", "_", "%%", "\\", "\\%", "maquis%", "%_%", "[a-z]*", "(a|b)*c", "!", "&", "|", "!!!", "a & | b",
            "foo:*", "<->", "a <-> b", "'''", "()", ")(", "\"", "\"\"", "*", "$1", ":name", "?", "\\u0000", "e'\\x00'",
            "marlena & !moreau", "(((((", "a:A & b:B", "' || pg_sleep(10) || '", "1; select pg_sleep(10)",
            "select * from person", "/* */", "-- comment");

    private static final List<String> CONTROL = List.of("\u0000", "\u0001", "\u0007", "\b", "\f", "\n", "\r", "\t", "\u001b", "\u007f",
        "\u0085", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff", "\ud800", "\udfff", "\udbff\udfff", "\u202e", "\u0301");
    private static final String[] IDS_OF_TYPES = {"Person", "Faction", "Event", "Ship", "Place", "Cell", "Empire",
        "Species", "ShipClass", "Nope", "", "person", "Person:Person", "../../etc"};
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)\\s*:\\s*([\\[\\]\\w!]+)");

    private final Random random;
    private final List<String> operations;
    private final List<Supplier<Request>> kinds = new ArrayList<>();
    private final Map<String, String> tokens;

    /**
     * @param operations the texts of valid operations to start from
     * @param tokens bad bearer tokens by name (none, expired, forged...), sent with mutations
     */
    public Hostile(long seed, List<String> operations, Map<String, String> tokens) {
        this.random = new Random(seed);
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
        String valid = new JsonObject().put("query", pick(operations)).put("variables", new JsonObject()).encode();
        return switch (random.nextInt(7)) {
            case 0 -> post("truncated JSON", valid.substring(0, random.nextInt(valid.length())));
            case 1 -> {
                byte[] bytes = new byte[random.nextInt(2000)];
                random.nextBytes(bytes);
                yield post("random bytes", bytes, Map.of("Content-Type", pick(List.of("application/json",
                        "application/json; charset=utf-16", "text/plain", "application/graphql", "multipart/form-data"))));
            }
            case 2 -> post("JSON that is no object", pick(List.of("null", "[]", "7", "\"{}\"", "true", "", " ", "[{}]",
                    "{\"query\": \"{ __typename }\"} trailing", "{\"query\": \"{ __typename }\",}", "{'query': 1}",
                    "{\"query\": \"\\ud800\"}", "{\"query\": \"{ __typename }\", \"query\": 7}", "\u0000", "{\"a\":")));
            case 3 -> post("invalid UTF-8", concat("{\"query\": \"{ person(slug: \\\"", new byte[] {(byte) 0xc3, (byte) 0x28,
                (byte) 0xff, (byte) 0xfe, (byte) 0xed, (byte) 0xa0, (byte) 0x80}, "\\\") { name } }\"}"),
                    Map.of("Content-Type", "application/json"));
            case 4 -> post("no content type", valid.getBytes(StandardCharsets.UTF_8), Map.of());
            case 5 -> post("body over the limit", "{\"query\": \"{ __typename }\", \"x\": \"" + "x".repeat(100_001) + "\"}");
            default -> post("character flipped JSON", flip(valid, 1 + random.nextInt(5), "{}[]\":,\\ \u0000"));
        };
    }

    private Request deepJson() {
        int depth = pick(List.of(100, 1_000, 5_000, 20_000, 49_000));
        String open = pick(List.of("[", "{\"a\":"));
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        return switch (random.nextInt(3)) {
            case 0 -> post("deep JSON as variables", "{\"query\": \"query($v: String) { __typename }\", \"variables\": {\"v\": " + nested + "}}");
            case 1 -> post("deep JSON as extensions", "{\"query\": \"{ __typename }\", \"extensions\": {\"x\": " + nested + "}}");
            default -> post("deep JSON, unclosed", "{\"query\": " + open.repeat(depth));
        };
    }

    private Request wrongMemberTypes() {
        JsonObject body = new JsonObject().put("query", pick(operations));
        String member = pick(List.of("query", "operationName", "variables", "extensions"));
        body.put(member, junkValue(2));
        if (random.nextBoolean()) {
            body.put(pick(List.of("query", "operationName", "variables", "extensions")), junkValue(1));
        }
        return post("wrong type for " + member, body.encode());
    }

    private Request operationWithHostileVariables() {
        String operation = pick(operations);
        JsonObject variables = new JsonObject();
        Matcher m = VARIABLE.matcher(operation);
        while (m.find()) {
            if (random.nextInt(8) > 0) {
                variables.put(m.group(1), random.nextInt(6) == 0 ? junkValue(1) : valueFor(m.group(2)));
            }
        }
        JsonObject body = new JsonObject().put("query", operation).put("variables", variables);
        return mutationAware("hostile variables", operation, body);
    }

    private Request mutatedOperation() {
        String operation = flip(pick(operations), 1 + random.nextInt(4), "{}()[]:$!@.,\"#\\ \n|&=0aZ_-\u0000\ud800");
        JsonObject variables = new JsonObject();
        Matcher m = VARIABLE.matcher(operation);
        while (m.find()) {
            variables.put(m.group(1), valueFor(m.group(2)));
        }
        return mutationAware("mutated operation", operation, new JsonObject().put("query", operation).put("variables", variables));
    }

    /** Hostile values written into the document itself, where the schema takes text, ids, cursors and numbers. */
    private Request inlineArguments() {
        String text = literal(string());
        String number = pick(List.of("-1", "0", "2147483648", "-2147483649", "1e100", "1.5", "99999999999999999999",
                "\"10\"", "null", "[1]", "{a: 1}", "-0", "NaN", "0x10"));
        String query = switch (random.nextInt(10)) {
            case 0 -> "{ person(slug: " + text + ") { name } }";
            case 1 -> "{ search(query: " + text + ", first: " + number + ") { totalCount nodes { __typename } } }";
            case 2 -> "{ people(filter: {name: " + text + "}, first: " + number + ") { totalCount nodes { name } } }";
            case 3 -> "{ events(filter: {fromYear: " + number + ", toYear: " + number + ", name: " + text + ", place: " + text
                    + "}) { nodes { name } } }";
            case 4 -> "{ node(id: " + literal(id()) + ") { id } }";
            case 5 -> "{ nodes(ids: [" + literal(id()) + ", " + literal(id()) + "]) { id } }";
            case 6 -> "{ people(after: " + literal(cursor()) + ", first: " + number + ") { nodes { name } } }";
            case 7 -> "{ events(before: " + literal(cursor()) + ", last: " + number + ", orderBy: DATE_ASC) { nodes { name } } }";
            case 8 -> "{ ships(filter: {shipClass: " + text + ", name: " + text + "}) { nodes { name } } factions(filter: {name: "
                    + text + ", foundedFromYear: " + number + "}) { nodes { name } } }";
            default -> "{ faction(slug: \"maquis\") { members(first: " + number + ", after: " + literal(cursor())
                    + ") { nodes { role } } } }";
        };
        return post("inline arguments", new JsonObject().put("query", query).encode());
    }

    private Request mutationWithBadToken() {
        List<String> mutations = operations.stream().filter(o -> o.stripLeading().startsWith("mutation")).toList();
        String operation = pick(mutations);
        JsonObject variables = new JsonObject();
        Matcher m = VARIABLE.matcher(operation);
        while (m.find()) {
            variables.put(m.group(1), valueFor(m.group(2)));
        }
        String name = pick(new ArrayList<>(tokens.keySet()));
        String token = tokens.get(name);
        Map<String, String> headers = token == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Authorization", token);
        return post("mutation, token " + name, new JsonObject().put("query", operation).put("variables", variables).encode()
                .getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A mutation that would change rows with an archivist's token: every bad token must stop it. */
    private Request wellFormedMutationWithBadToken() {
        String id = Base64.getEncoder().encodeToString(("Person:" + pick(List.of(1, 2, 3, 401))).getBytes(StandardCharsets.UTF_8));
        String query = pick(List.of(
                "mutation { createPerson(input: {name: " + literal(string()) + ", universe: MIRROR}) { person { id } userErrors { code } } }",
                "mutation($id: ID!) { deleteRecord(input: {id: $id, version: 1, detach: true}) { deletedId userErrors { code } } }",
                "mutation($id: ID!) { updatePerson(input: {id: $id, version: 1, title: \"Hostile\"}) { person { title } userErrors { code } } }"));
        String name = pick(new ArrayList<>(tokens.keySet()));
        String token = tokens.get(name);
        Map<String, String> headers = token == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Authorization", token);
        return post("well-formed mutation, token " + name, new JsonObject().put("query", query)
                .put("variables", new JsonObject().put("id", id)).encode().getBytes(StandardCharsets.UTF_8), headers);
    }

    private Request mutationAware(String kind, String operation, JsonObject body) {
        if (operation.contains("mutation")) {
            String name = pick(new ArrayList<>(tokens.keySet()));
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
                case "query" -> random.nextBoolean() ? flip(pick(operations), random.nextInt(3), "{}$\"\u0000") : string();
                case "variables", "extensions" -> random.nextBoolean() ? junkValue(2).toString() : string();
                default -> string();
            };
            query.append(query.length() == 0 ? "" : "&").append(member).append('=')
                    .append(random.nextInt(5) == 0 ? pick(List.of("%25", "%ff%fe", "%00", "%ed%a0%80", "%C3%28", "&", "="))
                            : URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        if (random.nextInt(4) == 0) {
            query.append("&query=").append(URLEncoder.encode("{ __typename }", StandardCharsets.UTF_8));
        }
        return new Request("hostile GET", query.toString(), null, Map.of());
    }

    private Request hostilePersistedQuery() {
        Object hash = pick(List.of("0".repeat(64), "f".repeat(64), "z".repeat(64), "", "abc", "F".repeat(63), 7, "' or 1=1 --",
                "0".repeat(65), "\u0000".repeat(64), new JsonObject()));
        JsonObject persisted = new JsonObject().put("version", pick(List.of(1, 0, 2, -1, "1", 1.5))).put("sha256Hash", hash);
        JsonObject body = new JsonObject().put("extensions", new JsonObject().put("persistedQuery", persisted));
        if (random.nextBoolean()) {
            body.put("query", pick(operations));
        }
        return post("hostile persisted query", body.encode());
    }

    private Object valueFor(String type) {
        String base = type.replace("!", "");
        if (base.startsWith("[") && base.endsWith("]") && base.length() > 2) {
            JsonArray list = new JsonArray();
            for (int i = random.nextInt(4); i > 0; i--) {
                list.add(valueFor(base.substring(1, base.length() - 1)));
            }
            return random.nextInt(10) == 0 ? null : list;
        }
        return switch (base) {
            case "Int" -> pick(List.of(-1, 0, 1, 20, 100, 101, Integer.MAX_VALUE, Integer.MIN_VALUE, 2147483648L, -2147483649L,
                    1e100, 1.5, -0.0, 9007199254740993L));
            case "ID" -> id();
            case "String" -> random.nextInt(4) == 0 ? cursor() : string();
            case "EventOrder", "NameOrder" -> pick(List.of("DATE_ASC", "NAME_DESC", "date_asc", "", "DROP", "NAME_ASC"));
            default -> input();
        };
    }

    /** An input object of plausible and implausible fields with hostile values. */
    private JsonObject input() {
        JsonObject input = new JsonObject();
        for (String field : List.of("id", "version", "name", "slug", "universe", "title", "description", "kind", "cell",
                "person", "ship", "faction", "place", "date", "participants", "detach", "clear", "from", "newName", "role")) {
            if (random.nextInt(3) > 0) {
                input.put(field, switch (field) {
                    case "id", "cell", "person", "ship", "faction", "place" -> id();
                    case "version" -> pick(List.of(1, 0, -1, Integer.MAX_VALUE, 1e20, "1"));
                    case "universe" -> pick(List.of("MIRROR", "PRIMARY", "mirror", "", "' or 1=1"));
                    case "date", "from" -> new JsonObject().put("earliest", pick(List.of("2298-01-01", "0000-00-00", "99999-01-01",
                            "2298-02-30", "", string()))).put("latest", pick(List.of("2290-01-01", "-1", string()))).put("wording", string());
                    case "participants" -> new JsonArray().add(new JsonObject().put("id", id()).put("role", string()));
                    case "detach" -> pick(List.of(true, false, "yes"));
                    case "clear" -> new JsonArray().add(pick(List.of("TITLE", "DESCRIPTION", "x", "")));
                    default -> string();
                });
            }
        }
        return input;
    }

    /** Text: hostile syntax, control characters, lone surrogates, long or huge. */
    public String string() {
        return switch (random.nextInt(8)) {
            case 0, 1 -> pick(SYNTAX);
            case 2 -> "marlena" + pick(CONTROL) + "moreau";
            case 3 -> pick(CONTROL).repeat(1 + random.nextInt(50));
            case 4 -> pick(List.of("a", "Marlena Moro ", "%", "' or 1=1 --", "\ud800")).repeat(pick(List.of(100, 5_000, 24_000)));
            case 5 -> pick(List.of("", " ", "marlena-moreau", "MARLENA-MOREAU", "maquis", "ß", "😀", "اختبار", "\u0130"));
            case 6 -> flip("marlena-moreau", 1 + random.nextInt(3), "\u0000%_'\"\\\ud800");
            default -> pick(SYNTAX) + pick(CONTROL) + pick(SYNTAX);
        };
    }

    /** A malformed or foreign id: another type's, no row's, not base64, huge. */
    public String id() {
        Base64.Encoder b64 = Base64.getEncoder();
        return switch (random.nextInt(6)) {
            case 0 -> b64.encodeToString((pick(List.of(IDS_OF_TYPES)) + ":" + pick(List.of("1", "0", "-1", "401", "99999999999999999999",
                    "1.5", "' or 1=1", "1 or 1=1", "", "\u0000", "1e3", "0x1"))).getBytes(StandardCharsets.UTF_8));
            case 1 -> pick(List.of("", "UGVyc29uOjE", "UGVyc29uOjE===", "!!!", "Person:1", "1", "null", "%", "=" ));
            case 2 -> b64.encodeToString(randomBytes(random.nextInt(40)));
            case 3 -> "UGVyc29uOj" + "E".repeat(pick(List.of(10, 1000, 20_000)));
            case 4 -> pick(SYNTAX);
            default -> b64.encodeToString(("Person:" + random.nextInt()).getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A malformed cursor, or one of another connection's shape. */
    public String cursor() {
        Base64.Encoder b64 = Base64.getEncoder();
        return switch (random.nextInt(4)) {
            case 0 -> b64.encodeToString(pick(List.of("[]", "[1]", "[\"a\",1,2,3,4]", "{\"a\":1}", "[null,null]", "[\"2298-01-01\",\"x\"]",
                    "[1e400]", "[\"' or 1=1 --\", 1]", "[[[[[[[[[[]]]]]]]]]]", "\"\"", "x")).getBytes(StandardCharsets.UTF_8));
            case 1 -> b64.encodeToString(randomBytes(random.nextInt(64)));
            case 2 -> id();
            default -> pick(SYNTAX);
        };
    }

    private Object junkValue(int depth) {
        return switch (random.nextInt(depth > 0 ? 9 : 6)) {
            case 0 -> random.nextInt();
            case 1 -> random.nextBoolean();
            case 2 -> string();
            case 3 -> 1e308 * (random.nextBoolean() ? 1 : -1);
            case 4 -> "";
            case 5 -> new JsonArray();
            case 6 -> new JsonArray().add(junkValue(depth - 1)).add(junkValue(depth - 1));
            case 7 -> new JsonObject().put(string(), junkValue(depth - 1));
            default -> new JsonObject().put("query", junkValue(depth - 1)).put("persistedQuery", junkValue(depth - 1));
        };
    }

    private String flip(String text, int times, String alphabet) {
        StringBuilder b = new StringBuilder(text);
        for (int i = 0; i < times && b.length() > 0; i++) {
            int at = random.nextInt(b.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, c);
                case 2 -> b.setCharAt(at, c);
                default -> b.insert(at, b.substring(at, Math.min(b.length(), at + 1 + random.nextInt(40))));
            }
        }
        return b.toString();
    }

    private static String literal(String text) {
        return new JsonArray().add(text).encode().replaceAll("^\\[|]$", "");
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
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

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
