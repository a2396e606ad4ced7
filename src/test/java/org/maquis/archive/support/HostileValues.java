package org.maquis.archive.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The hostile values {@link Hostile} puts into requests, drawn from its random source: text with SQL, LIKE, tsquery
 * and regular-expression syntax, control characters and lone surrogates, huge strings; malformed and foreign ids and
 * cursors; numbers out of range; input objects of such values; junk of any JSON type.
 */
public final class HostileValues {

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

    private final Random random;

    HostileValues(Random random) {
        this.random = random;
    }

    Object valueFor(String type) {
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
    JsonObject input() {
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

    Object junkValue(int depth) {
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

    String flip(String text, int times, String alphabet) {
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

    static String literal(String text) {
        return new JsonArray().add(text).encode().replaceAll("^\\[|]$", "");
    }

    byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
