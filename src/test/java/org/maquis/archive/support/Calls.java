package org.maquis.archive.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One call of a root field with arguments, written as a client would: its arguments as literals in the document, or
 * as variables beside it. Values are Java's: maps (input objects), lists, strings, numbers, booleans, null, and
 * {@link Literal} for what Java cannot carry as itself (an enum value, a number beyond a long, {@code 1e100}).
 * Everything outside ASCII is written escaped, in the document and in JSON alike, so that a lone surrogate reaches the
 * server as the client wrote it instead of as the replacement character an encoder would put in its place.
 */
public record Calls(Shapes shapes) {

    /** A value written as-is: {@code graphql} in a document, {@code json} in variables. */
    public record Literal(String graphql, String json) {
        public static Literal enumValue(String name) {
            return new Literal(name, quote(name));
        }

        public static Literal number(String text) {
            return new Literal(text, text);
        }
    }

    /** A call ready to post: the document and its variables (empty when the arguments are literals). */
    public record Call(String field, String document, Map<String, Object> variables) {
        public byte[] body() {
            return ("{\"query\":" + quote(document) + ",\"variables\":" + json(variables) + "}").getBytes(StandardCharsets.US_ASCII);
        }

        /** Posts the call with {@code Authorization: Bearer token}, or with none when token is null. */
        public JsonObject post(String token) {
            var request = given().contentType(ContentType.JSON).body(body());
            if (token != null) {
                request = request.header("Authorization", "Bearer " + token);
            }
            return new JsonObject(request.when().post("/graphql").then().statusCode(200).extract().asString());
        }
    }

    /** {@code operation} ("query" or "mutation") of {@code field} with {@code args}, as literals or variables. */
    public Call call(String operation, Shapes.Field field, Map<String, Object> args, boolean asVariables) {
        List<String> declared = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (Shapes.Value arg : field.args()) {
            if (!args.containsKey(arg.name())) {
                continue;
            }
            if (asVariables) {
                declared.add("$" + arg.name() + ": " + arg.type());
                passed.add(arg.name() + ": $" + arg.name());
            } else {
                passed.add(arg.name() + ": " + graphql(args.get(arg.name())));
            }
        }
        String document = operation + (declared.isEmpty() ? "" : "(" + String.join(", ", declared) + ")") + " { " + field.name()
                + (passed.isEmpty() ? "" : "(" + String.join(", ", passed) + ")") + " " + selection(field.type(), 0) + " }";
        return new Call(field.name(), document, asVariables ? args : Map.of());
    }

    /**
     * What to select of a result: its id, a connection's count and nodes' ids, a payload's user errors and each of
     * its fields; {@code __typename} where nothing else is at hand. Enough that every resolver of the call runs.
     */
    String selection(Shapes.TypeRef ref, int depth) {
        Shapes.Type type = shapes.type(ref);
        if (!type.kind().equals("OBJECT") && !type.kind().equals("INTERFACE")) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        boolean payload = type.field("userErrors").isPresent();
        for (Shapes.Field f : type.fields()) {
            boolean plain = f.args().stream().noneMatch(Shapes.Value::required);
            if (f.name().equals("id") || f.name().equals("totalCount")) {
                parts.add(f.name());
            } else if (f.name().equals("userErrors")) {
                parts.add("userErrors { field code message }");
            } else if (f.name().equals("nodes") && depth < 2 || payload && plain) {
                parts.add((f.name() + " " + selection(f.type(), depth + 1)).strip());
            }
        }
        return parts.isEmpty() ? "{ __typename }" : "{ " + String.join(" ", parts) + " }";
    }

    /** A value in GraphQL's notation. */
    public static String graphql(Object value) {
        if (value instanceof Literal literal) {
            return literal.graphql();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + graphql(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Calls::graphql).collect(Collectors.joining(", ", "[", "]"));
        }
        return value instanceof String text ? quote(text) : String.valueOf(value);
    }

    /** A value in JSON, ASCII only. */
    public static String json(Object value) {
        if (value instanceof Literal literal) {
            return literal.json();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> quote(e.getKey().toString()) + ":" + json(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Calls::json).collect(Collectors.joining(",", "[", "]"));
        }
        return value instanceof String text ? quote(text) : String.valueOf(value);
    }

    /** A string in double quotes with every character outside printable ASCII escaped: JSON and GraphQL read it alike. */
    static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
