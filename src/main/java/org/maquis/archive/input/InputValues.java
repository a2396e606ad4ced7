package org.maquis.archive.input;

import graphql.language.ArrayValue;
import graphql.language.EnumValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One walk of values by their input types (see {@link ArgumentValues}), collecting what is refused, each problem a
 * sentence that starts with the value's path: `input.from.earliest`, `ids[2]`, `$input.name`. The path is one
 * buffer, grown and cut back on the way, so that a value that passes costs no string.
 */
final class InputValues {

    /** A request with more problems than this is told these. */
    static final int MOST_PROBLEMS = 10;
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

    private final StringBuilder path = new StringBuilder();
    private final List<String> problems = new ArrayList<>(0);

    List<String> problems() {
        return problems;
    }

    /** Walks {@code value} as the value of the argument or variable {@code name} (a variable's with its `$`). */
    void literal(String name, GraphQLInputType type, Value<?> value) {
        path.append(name);
        literal(type, value);
        path.setLength(0);
    }

    /** Walks a value as JSON decodes it (a variable's). */
    void value(String name, GraphQLInputType type, Object value) {
        path.append(name);
        value(type, value);
        path.setLength(0);
    }

    private void literal(GraphQLInputType type, Value<?> value) {
        if (value instanceof VariableReference || problems.size() >= MOST_PROBLEMS) {
            return; // a variable's value is walked as sent
        }
        if (value == null || value instanceof NullValue) {
            nullValue(type);
            return;
        }
        GraphQLType inner = GraphQLTypeUtil.unwrapNonNull(type);
        if (inner instanceof GraphQLList list) {
            if (value instanceof ArrayValue array) {
                List<Value> items = array.getValues();
                for (int i = 0; i < items.size(); i++) {
                    int at = item(i);
                    literal((GraphQLInputType) list.getWrappedType(), items.get(i));
                    path.setLength(at);
                }
            } else {
                literal((GraphQLInputType) list.getWrappedType(), value); // one value stands for a list of one
            }
        } else if (inner instanceof GraphQLInputObjectType object) {
            if (!(value instanceof ObjectValue given)) {
                problem("must be an object of type `" + object.getName() + "`, " + ScalarValues.was(value));
                return;
            }
            Set<String> names = new HashSet<>();
            for (ObjectField field : given.getObjectFields()) {
                names.add(field.getName());
                GraphQLInputObjectField declared = declared(object, field.getName());
                if (declared != null) {
                    int at = member(field.getName());
                    literal(declared.getType(), field.getValue());
                    path.setLength(at);
                }
            }
            required(object, names);
        } else if (inner instanceof GraphQLEnumType enumType) {
            if (!(value instanceof EnumValue name && enumType.getValue(name.getName()) != null)) {
                problem("must be one of " + names(enumType) + ", " + ScalarValues.was(value));
            }
        } else if (inner instanceof GraphQLScalarType scalar) {
            problem(ScalarValues.ofLiteral(scalar.getName(), value));
        }
    }

    @SuppressWarnings("unchecked")
    private void value(GraphQLInputType type, Object value) {
        if (problems.size() >= MOST_PROBLEMS) {
            return;
        }
        if (value instanceof JsonObject json) {
            value = json.getMap();
        } else if (value instanceof JsonArray json) {
            value = json.getList();
        }
        if (value == null) {
            nullValue(type);
            return;
        }
        GraphQLType inner = GraphQLTypeUtil.unwrapNonNull(type);
        if (inner instanceof GraphQLList list) {
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    int at = item(i);
                    value((GraphQLInputType) list.getWrappedType(), items.get(i));
                    path.setLength(at);
                }
            } else {
                value((GraphQLInputType) list.getWrappedType(), value);
            }
        } else if (inner instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> given)) {
                problem("must be an object of type `" + object.getName() + "`, " + ScalarValues.was(value));
                return;
            }
            for (Map.Entry<String, Object> field : ((Map<String, Object>) given).entrySet()) {
                GraphQLInputObjectField declared = declared(object, field.getKey());
                if (declared != null) {
                    int at = member(field.getKey());
                    value(declared.getType(), field.getValue());
                    path.setLength(at);
                }
            }
            required(object, ((Map<String, Object>) given).keySet());
        } else if (inner instanceof GraphQLEnumType enumType) {
            if (!(value instanceof String name && enumType.getValue(name) != null)) {
                problem("must be one of " + names(enumType) + ", " + ScalarValues.was(value));
            }
        } else if (inner instanceof GraphQLScalarType scalar) {
            problem(ScalarValues.ofValue(scalar.getName(), value));
        }
    }

    private void nullValue(GraphQLInputType type) {
        if (type instanceof GraphQLNonNull) {
            problem("must not be null (type `" + GraphQLTypeUtil.simplePrint(type) + "`).");
        }
    }

    /** The declared field of this name; null, with a problem, when the type has none. */
    private GraphQLInputObjectField declared(GraphQLInputObjectType object, String name) {
        GraphQLInputObjectField declared = object.getField(name);
        if (declared == null) {
            problem(NAME.matcher(name).matches() ? "has no field `" + name + "` (type `" + object.getName() + "`)."
                    : "has a field that is not a name of its type `" + object.getName() + "`.");
        }
        return declared;
    }

    /** A problem for each field the type requires (non-null, without a default) that is not given. */
    private void required(GraphQLInputObjectType object, Set<String> given) {
        for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
            if (field.getType() instanceof GraphQLNonNull && !field.hasSetDefaultValue() && !given.contains(field.getName())) {
                int at = member(field.getName());
                problem("is required (type `" + GraphQLTypeUtil.simplePrint(field.getType()) + "`).");
                path.setLength(at);
            }
        }
    }

    private static String names(GraphQLEnumType type) {
        return type.getValues().stream().map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", "));
    }

    private int member(String name) {
        int at = path.length();
        path.append('.').append(name);
        return at;
    }

    private int item(int index) {
        int at = path.length();
        path.append('[').append(index).append(']');
        return at;
    }

    private void problem(String reason) {
        if (reason != null && problems.size() < MOST_PROBLEMS) {
            problems.add("`" + path + "` " + reason);
        }
    }
}
