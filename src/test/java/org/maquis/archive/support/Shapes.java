package org.maquis.archive.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The served schema as the tests need it, read by introspection through the endpoint (graphql/schema/descriptions,
 * which DescriptionsTest reads too): the root fields, their arguments, every input type's fields, enums, and what each
 * field returns. Tests generated from it cover a field or input field the day it is added, without anyone listing it.
 * Everything is sorted by name: the server's order changes from one start to the next, a seed's requests must not.
 */
public final class Shapes {

    /** A type as a field or argument declares it: {@code [ID!]!} is NON_NULL of LIST of NON_NULL of ID. */
    public record TypeRef(String kind, String name, TypeRef ofType) {
        public boolean nonNull() {
            return kind.equals("NON_NULL");
        }

        public boolean list() {
            return kind.equals("LIST") || nonNull() && ofType.list();
        }

        /** The named type beneath any list and non-null. */
        public TypeRef named() {
            return ofType == null ? this : ofType.named();
        }

        /** The element type of a list, or this type without its non-null. */
        public TypeRef inner() {
            return nonNull() ? ofType.inner() : kind.equals("LIST") ? ofType : this;
        }

        /** As GraphQL writes it, for a variable's declaration. */
        @Override
        public String toString() {
            return switch (kind) {
                case "NON_NULL" -> ofType + "!";
                case "LIST" -> "[" + ofType + "]";
                default -> name;
            };
        }
    }

    /** An argument or an input field. */
    public record Value(String name, String description, TypeRef type, String defaultValue) {
        private static final Pattern MAXIMUM = Pattern.compile("(?:at most|1 to) (\\d+) characters");

        /** The longest text its description allows, if it says. */
        public Optional<Integer> maxLength() {
            Matcher m = MAXIMUM.matcher(description == null ? "" : description);
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        }

        public boolean required() {
            return type.nonNull() && defaultValue == null;
        }
    }

    /** A field of an object type: a root field among them. */
    public record Field(String name, List<Value> args, TypeRef type) {
    }

    /** A named type: its fields (objects), input fields (inputs) or values (enums). */
    public record Type(String name, String kind, List<Field> fields, List<Value> inputFields, List<String> enumValues) {
        public Optional<Field> field(String fieldName) {
            return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
        }
    }

    private final Map<String, Type> types;
    private final String queryType;
    private final String mutationType;

    private Shapes(Map<String, Type> types, String queryType, String mutationType) {
        this.types = types;
        this.queryType = queryType;
        this.mutationType = mutationType;
    }

    /** Reads the schema the test server serves. */
    public static Shapes read() {
        String answer = GraphQL.run("schema/descriptions").statusCode(200).extract().asString();
        JsonObject schema = new JsonObject(answer).getJsonObject("data").getJsonObject("__schema");
        Map<String, Type> types = new LinkedHashMap<>();
        for (Object t : schema.getJsonArray("types")) {
            JsonObject type = (JsonObject) t;
            types.put(type.getString("name"), new Type(type.getString("name"), type.getString("kind"),
                    fields(type.getJsonArray("fields")), values(type.getJsonArray("inputFields")), enumValues(type.getJsonArray("enumValues"))));
        }
        return new Shapes(types, schema.getJsonObject("queryType").getString("name"),
                schema.getJsonObject("mutationType").getString("name"));
    }

    public List<Field> queries() {
        return type(queryType).fields();
    }

    public List<Field> mutations() {
        return type(mutationType).fields();
    }

    public Type type(String name) {
        Type type = types.get(name);
        if (type == null) {
            throw new IllegalArgumentException("The schema has no type " + name);
        }
        return type;
    }

    public Type type(TypeRef ref) {
        return type(ref.named().name());
    }

    private static List<Field> fields(JsonArray array) {
        List<Field> fields = new ArrayList<>();
        for (Object f : array == null ? new JsonArray() : array) {
            JsonObject field = (JsonObject) f;
            fields.add(new Field(field.getString("name"), values(field.getJsonArray("args")), ref(field.getJsonObject("type"))));
        }
        fields.sort(Comparator.comparing(Field::name));
        return fields;
    }

    private static List<Value> values(JsonArray array) {
        List<Value> values = new ArrayList<>();
        for (Object v : array == null ? new JsonArray() : array) {
            JsonObject value = (JsonObject) v;
            values.add(new Value(value.getString("name"), value.getString("description"), ref(value.getJsonObject("type")),
                    value.getString("defaultValue")));
        }
        values.sort(Comparator.comparing(Value::name));
        return values;
    }

    private static List<String> enumValues(JsonArray array) {
        List<String> names = new ArrayList<>();
        for (Object v : array == null ? new JsonArray() : array) {
            names.add(((JsonObject) v).getString("name"));
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    private static TypeRef ref(JsonObject type) {
        return type == null ? null : new TypeRef(type.getString("kind"), type.getString("name"), ref(type.getJsonObject("ofType")));
    }
}
