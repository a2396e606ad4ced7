package org.maquis.archive.support;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every place a root field takes a value of some scalars, found in the schema: each argument, at any depth of input
 * objects and lists (`filter.name`, `input.participants[0].id`). For each, the operation that sends a given value
 * there, as a literal or as a variable, with every other required argument and field given a plain value: so that
 * tests generate the class from the schema, not a list of cases.
 */
public final class InputPositions {

    /** One place: the root field, its argument, the steps below it (field names, or `[0]` into a list), the scalar. */
    public record Position(GraphQLFieldDefinition field, GraphQLArgument argument, List<String> steps, String scalar) {

        /** The path the API names: `filter.name`, `ids[0]`; a variable's with its `$`. */
        public String path(boolean variable) {
            return (variable ? "$" : "") + argument.getName()
                    + steps.stream().map(s -> s.startsWith("[") ? s : "." + s).collect(Collectors.joining());
        }

        /** The operation (`query` or `mutation`) sending {@code value} here, as a literal or as a variable. */
        public String operation(String kind, Object value, boolean variable) {
            StringBuilder arguments = new StringBuilder();
            for (GraphQLArgument other : field.getArguments()) {
                if (other == argument) {
                    arguments.append(' ').append(other.getName()).append(": ")
                            .append(variable ? "$" + other.getName() : literal(placed(value)));
                } else if (other.getType() instanceof GraphQLNonNull) {
                    arguments.append(' ').append(other.getName()).append(": ").append(literal(plain(other.getType())));
                }
            }
            String declared = variable ? "($" + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()) + ")" : "";
            String selection = GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLCompositeType ? " { __typename }" : "";
            return kind + declared + " { " + field.getName() + "(" + arguments.toString().strip() + ")" + selection + " }";
        }

        /** The argument's value with {@code value} at this place and plain values around it. */
        public Object placed(Object value) {
            return place(argument.getType(), steps, 0, value);
        }
    }

    private InputPositions() {
    }

    /** The places of these scalars in the arguments of {@code field}. */
    public static List<Position> of(GraphQLFieldDefinition field, Set<String> scalars) {
        List<Position> found = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            walk(argument.getType(), new ArrayList<>(), new HashSet<>(), scalars,
                    (steps, scalar) -> found.add(new Position(field, argument, List.copyOf(steps), scalar)));
        }
        return found;
    }

    private interface Found {
        void at(List<String> steps, String scalar);
    }

    private static void walk(GraphQLType type, List<String> steps, Set<String> objects, Set<String> scalars, Found found) {
        GraphQLType inner = GraphQLTypeUtil.unwrapNonNull(type);
        if (inner instanceof GraphQLList list) {
            steps.add("[0]");
            walk(list.getWrappedType(), steps, objects, scalars, found);
            steps.remove(steps.size() - 1);
        } else if (inner instanceof GraphQLInputObjectType object && objects.add(object.getName())) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                steps.add(field.getName());
                walk(field.getType(), steps, objects, scalars, found);
                steps.remove(steps.size() - 1);
            }
            objects.remove(object.getName());
        } else if (inner instanceof GraphQLScalarType scalar && scalars.contains(scalar.getName())) {
            found.at(steps, scalar.getName());
        }
    }

    private static Object place(GraphQLType type, List<String> steps, int at, Object value) {
        if (at == steps.size()) {
            return value;
        }
        GraphQLType inner = GraphQLTypeUtil.unwrapNonNull(type);
        if (inner instanceof GraphQLList list) {
            return List.of(place(list.getWrappedType(), steps, at + 1, value));
        }
        GraphQLInputObjectType object = (GraphQLInputObjectType) inner;
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) plain(object);
        fields.put(steps.get(at), place(object.getField(steps.get(at)).getType(), steps, at + 1, value));
        return fields;
    }

    /** A plain value of the type: its required fields only, for an input object. */
    public static Object plain(GraphQLType type) {
        GraphQLType inner = GraphQLTypeUtil.unwrapNonNull(type);
        if (inner instanceof GraphQLList list) {
            return List.of(plain(list.getWrappedType()));
        }
        if (inner instanceof GraphQLInputObjectType object) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                if (field.getType() instanceof GraphQLNonNull && !field.hasSetDefaultValue()) {
                    fields.put(field.getName(), plain(field.getType()));
                }
            }
            return fields;
        }
        if (inner instanceof GraphQLEnumType enumType) {
            return new Name(enumType.getValues().get(0).getName());
        }
        return switch (((GraphQLScalarType) inner).getName()) {
            case "Int" -> 1;
            case "Float" -> 1.5;
            case "Boolean" -> false;
            case "Date" -> "2370-01-01";
            case "ID" -> "UGVyc29uOjE";
            default -> "x";
        };
    }

    /** An enum value: a name in a literal, a string in JSON. */
    public record Name(String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A value as GraphQL writes it in a document; strings as JSON does (GraphQL reads its escapes alike). */
    public static String literal(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + literal(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(InputPositions::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof String text) {
            return ascii(new JsonArray().add(text).encode().replaceAll("^\\[|]$", ""));
        }
        return String.valueOf(value);
    }

    /** The JSON of a request's body: every character beyond ASCII escaped, so that a lone surrogate arrives as sent. */
    @SuppressWarnings("unchecked")
    public static String json(Map<String, Object> body) {
        return ascii(new JsonObject((Map<String, Object>) jsonable(body)).encode());
    }

    /** Maps, lists and enum names as JSON holds them. */
    private static Object jsonable(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, jsonable(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(InputPositions::jsonable).toList();
        }
        return value instanceof Name name ? name.name() : value;
    }

    private static String ascii(String json) {
        StringBuilder escaped = new StringBuilder(json.length());
        for (char c : json.toCharArray()) {
            escaped.append(c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return escaped.toString();
    }
}
