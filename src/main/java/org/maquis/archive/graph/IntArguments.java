package org.maquis.archive.graph;

import graphql.GraphQLContext;
import graphql.GraphQLException;
import graphql.Scalars;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every `Int` argument of an operation, literal or variable, at any depth of an input object or list, is a 32-bit
 * integer. SmallRye's Int scalar lets `2147483648` or `1e100` through validation and variable coercion and fails only
 * in the resolver, as a "System error"; graphql-java's own Int scalar, applied here before anything runs, refuses
 * them with its words (BAD_USER_INPUT, see {@link RequestCheck}).
 */
final class IntArguments {

    private IntArguments() {
    }

    /**
     * An `Int` argument's value as a resolver or a look-ahead finds it: an Integer, the number written in the
     * document, or a variable's value as the JSON number it was sent as (SmallRye hands variables on as BigDecimals).
     */
    static Integer value(Object value) {
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        try {
            return new BigDecimal(String.valueOf(value)).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new BadUserInput("Not a 32-bit integer: " + value);
        }
    }

    /** One sentence per argument value that is no 32-bit integer; none when all are. */
    static List<String> problems(GraphQLSchema schema, Document document, OperationDefinition operation,
            Map<String, Object> variables) {
        List<String> problems = new ArrayList<>();
        try {
            QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operation.getName())
                    .coercedVariables(CoercedVariables.of(variables)).build()
                    .visitPreOrder(new QueryVisitorStub() {
                        @Override
                        public void visitField(QueryVisitorFieldEnvironment field) {
                            for (Argument argument : field.getField().getArguments()) {
                                GraphQLArgument definition = field.getFieldDefinition().getArgument(argument.getName());
                                if (definition != null) {
                                    check(definition.getType(), argument.getValue(), variables, argument.getName(), problems);
                                }
                            }
                        }
                    });
        } catch (GraphQLException e) {
            // The traversal coerces literals itself, through the schema's (SmallRye's) scalars.
            problems.add(e.getMessage());
        }
        return problems;
    }

    private static void check(GraphQLInputType type, Object value, Map<String, Object> variables, String path,
            List<String> problems) {
        if (value instanceof VariableReference reference) {
            value = variables.get(reference.getName());
        }
        if (value == null || value instanceof graphql.language.NullValue) {
            return;
        }
        if (type instanceof GraphQLNonNull nonNull) {
            check((GraphQLInputType) nonNull.getWrappedType(), value, variables, path, problems);
        } else if (type instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            List<?> items = value instanceof ArrayValue array ? array.getValues() : value instanceof List<?> l ? l : List.of(value);
            items.forEach(item -> check(element, item, variables, path, problems));
        } else if (type instanceof GraphQLInputObjectType object) {
            if (value instanceof ObjectValue literal) {
                for (ObjectField field : literal.getObjectFields()) {
                    checkField(object, field.getName(), field.getValue(), variables, path, problems);
                }
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((name, fieldValue) -> checkField(object, String.valueOf(name), fieldValue, variables, path, problems));
            }
        } else if (type instanceof GraphQLScalarType scalar && scalar.getName().equals("Int")) {
            try {
                if (value instanceof Value<?> literal) {
                    if (!(literal instanceof IntValue)) {
                        return; // Validation has refused what is no integer literal.
                    }
                    Scalars.GraphQLInt.getCoercing().parseLiteral(literal, CoercedVariables.emptyVariables(),
                            GraphQLContext.getDefault(), Locale.ROOT);
                } else {
                    Scalars.GraphQLInt.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ROOT);
                }
            } catch (GraphQLException e) {
                problems.add("`" + path + "`: " + e.getMessage());
            }
        }
    }

    private static void checkField(GraphQLInputObjectType object, String name, Object value, Map<String, Object> variables,
            String path, List<String> problems) {
        GraphQLInputObjectField field = object.getField(name);
        if (field != null) {
            check(field.getType(), value, variables, path + "." + name, problems);
        }
    }
}
