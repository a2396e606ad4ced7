package org.maquis.archive.input;

import org.maquis.archive.errors.BadUserInput;

import graphql.GraphQLError;
import graphql.execution.TypeFromAST;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one boundary every value a client sends crosses before anything runs: each argument of each field, at any
 * depth of input objects and lists, as a literal of the document or a variable, is walked by its schema type
 * ({@link InputValues}), and what the archive refuses is said in the API's words, naming the value's path
 * (`input.from.earliest`, or `$input.from.earliest` in the variables): a value of the wrong kind, a field its input
 * type lacks or a required one missing, a name no enum has, and what {@link ScalarValues} refuses (an `Int` beyond 32
 * bits, text PostgreSQL cannot store, a `Date` that is no date or outside the archive's years). {@link org.maquis.archive.http.RequestCheck}
 * answers these as BAD_USER_INPUT: the literals once per operation, the variables of each request as sent (before
 * graphql-java's coercion, whose messages name Java types), and, for a document that does not validate because of
 * its literals, these words instead of graphql-java's (which print its syntax tree's Java objects).
 */
public final class ArgumentValues {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Set<String> fragmentsWalked = new HashSet<>();
    private final InputValues walk = new InputValues();

    private ArgumentValues(GraphQLSchema schema, Document document) {
        this.schema = schema;
        this.fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
    }

    /**
     * What is refused in the literal values of the operation: the arguments of its fields and of the fields of the
     * fragments it spreads, and its variables' default values. The document need not be valid: fields and types it
     * names that the schema lacks are passed over (validation names them).
     */
    public static List<String> ofLiterals(GraphQLSchema schema, Document document, OperationDefinition operation) {
        ArgumentValues values = new ArgumentValues(schema, document);
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
            if (variable.getDefaultValue() != null
                    && TypeFromAST.getTypeFromAST(schema, variable.getType()) instanceof GraphQLInputType type) {
                values.walk.literal("$" + variable.getName(), type, variable.getDefaultValue());
            }
        }
        values.selections(operation.getSelectionSet(), switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        });
        return values.walk.problems();
    }

    /**
     * For a document that does not validate: what is refused in the literals of all its operations, when some of
     * graphql-java's errors are about them ({@link #aboutLiterals}); else none.
     */
    public static List<String> ofInvalid(GraphQLSchema schema, PreparsedDocumentEntry entry) {
        if (entry.getDocument() == null || entry.getErrors().stream().noneMatch(ArgumentValues::aboutLiterals)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (OperationDefinition operation : entry.getDocument().getDefinitionsOfType(OperationDefinition.class)) {
            problems.addAll(ofLiterals(schema, entry.getDocument(), operation));
        }
        return problems.subList(0, Math.min(problems.size(), InputValues.MOST_PROBLEMS));
    }

    /** Whether graphql-java refuses a literal value with this error: the ones the boundary words otherwise. */
    public static boolean aboutLiterals(GraphQLError error) {
        return error instanceof ValidationError validation && (validation.getValidationErrorType() == ValidationErrorType.WrongType
                || validation.getValidationErrorType() == ValidationErrorType.NullValueForNonNullArgument);
    }

    /** What is refused in the variables of a request, as sent, by the types the operation declares them with. */
    public static List<String> ofVariables(GraphQLSchema schema, OperationDefinition operation, Map<String, Object> variables) {
        InputValues walk = new InputValues();
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
            // Absent with a default: the default, a literal, is walked with the operation's.
            if ((variables.containsKey(variable.getName()) || variable.getDefaultValue() == null)
                    && TypeFromAST.getTypeFromAST(schema, variable.getType()) instanceof GraphQLInputType type) {
                walk.value("$" + variable.getName(), type, variables.get(variable.getName()));
            }
        }
        return walk.problems();
    }

    /**
     * An `Int` argument's value as a resolver or a look-ahead finds it: an Integer, the number written in the
     * document, or a variable's value as the JSON number it was sent as (SmallRye hands variables on as BigDecimals).
     * The boundary has refused any other before execution.
     */
    public static Integer intValue(Object value) {
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        try {
            return new BigDecimal(String.valueOf(value)).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new BadUserInput("Not an integer of 32 bits: " + value);
        }
    }

    private void selections(SelectionSet selections, GraphQLType parent) {
        if (selections == null || parent == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                field(field, parent);
            } else if (selection instanceof InlineFragment inline) {
                selections(inline.getSelectionSet(), inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName()));
            } else if (selection instanceof FragmentSpread spread && fragmentsWalked.add(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()));
                }
            }
        }
    }

    private void field(Field field, GraphQLType parent) {
        GraphQLFieldDefinition definition = definition(parent, field.getName());
        if (definition == null) {
            return;
        }
        for (Argument argument : field.getArguments()) {
            GraphQLArgument declared = definition.getArgument(argument.getName());
            if (declared != null) {
                walk.literal(argument.getName(), declared.getType(), argument.getValue());
            }
        }
        selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()));
    }

    /** The field's definition in its parent; `__type(name:)` too, the one introspection field with an argument. */
    private GraphQLFieldDefinition definition(GraphQLType parent, String name) {
        if (name.equals(Introspection.TypeMetaFieldDef.getName()) && parent == schema.getQueryType()) {
            return Introspection.TypeMetaFieldDef;
        }
        return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
    }
}
