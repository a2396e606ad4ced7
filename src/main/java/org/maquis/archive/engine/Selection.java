package org.maquis.archive.engine;

import org.maquis.archive.errors.BadUserInput;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a field selects, read from the operation's syntax tree: the fields below it, through inline fragments and
 * fragment spreads, and their arguments.
 *
 * <p>graphql-java's {@code DataFetchingFieldSelectionSet} answers the same, but its first use in a request builds
 * the normalized tree of the whole operation: a twentieth of the CPU the API spends on a request of the benchmark's
 * timeline or nested query, for one yes or no. Directives are not evaluated: a field under {@code @skip} or
 * {@code @include} counts as selected, which can cost a read that the answer leaves out, never a wrong answer.
 *
 * @param fields    the occurrences of the field in the operation (one, or several merged under one response key)
 * @param fragments the operation's named fragments
 * @param variables the operation's variables, coerced
 */
public record Selection(List<Field> fields, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {

    /** What the field being resolved selects. */
    public static Selection of(DataFetchingEnvironment environment) {
        return new Selection(environment.getMergedField().getFields(), environment.getFragmentsByName(),
                environment.getVariables());
    }

    /** Whether the field selects the subfield at this path of field names, such as {@code totalCount} or {@code nodes/person}. */
    public boolean has(String path) {
        Selection at = this;
        for (String name : path.split("/")) {
            at = at.below(name);
            if (at.fields.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The names of the fields selected at this path of field names ({@code edges/node}); none when it selects nothing. */
    public Set<String> names(String path) {
        Selection at = this;
        for (String name : path.split("/")) {
            at = at.below(name);
        }
        return at.names();
    }

    /**
     * The names of the fields it selects: every name under a response key, since fragments on different types may
     * put different fields under one alias ({@code ... on Person { label: name } ... on Faction { label: description }}).
     */
    public Set<String> names() {
        Set<String> names = new HashSet<>();
        byKey().values().forEach(merged -> merged.forEach(field -> names.add(field.getName())));
        return names;
    }

    /** Every occurrence of the subfield with this name, whatever its alias. */
    Selection below(String name) {
        List<Field> found = new ArrayList<>();
        for (List<Field> merged : byKey().values()) {
            merged.stream().filter(field -> field.getName().equals(name)).forEach(found::add);
        }
        return new Selection(found, fragments, variables);
    }

    /** The subfields in the order they are first selected, by response key (alias or name): one selection each. */
    public Map<String, Selection> immediate() {
        Map<String, Selection> immediate = new LinkedHashMap<>();
        byKey().forEach((key, merged) -> immediate.put(key, new Selection(merged, fragments, variables)));
        return immediate;
    }

    private Map<String, List<Field>> byKey() {
        Map<String, List<Field>> byKey = new LinkedHashMap<>();
        for (Field field : fields) {
            collect(field.getSelectionSet(), byKey);
        }
        return byKey;
    }

    private void collect(SelectionSet selections, Map<String, List<Field>> byKey) {
        if (selections == null) {
            return;
        }
        for (graphql.language.Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                byKey.computeIfAbsent(field.getResultKey(), key -> new ArrayList<>()).add(field);
            } else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), byKey);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                collect(fragments.get(spread.getName()).getSelectionSet(), byKey);
            }
        }
    }

    /** The field's name (its first occurrence's: those merged under one key share it). */
    public String name() {
        return fields.get(0).getName();
    }

    /**
     * The value of an argument of the field (those merged under one key have the same, as validation requires),
     * a variable's by its coerced value; null when not given. Only the scalars of paging arguments: an `Int` comes
     * as the number written, a `String` as itself.
     */
    public Object argument(String name) {
        for (Argument argument : fields.get(0).getArguments()) {
            if (argument.getName().equals(name)) {
                return value(argument.getValue());
            }
        }
        return null;
    }

    private Object value(Value<?> value) {
        if (value instanceof VariableReference variable) {
            return variables.get(variable.getName());
        }
        if (value instanceof IntValue number) {
            return number.getValue();
        }
        if (value instanceof StringValue text) {
            return text.getValue();
        }
        if (value == null || value instanceof NullValue) {
            return null;
        }
        throw new BadUserInput("Not a paging argument: " + value);
    }
}
