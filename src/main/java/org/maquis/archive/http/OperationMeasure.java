package org.maquis.archive.http;

import org.maquis.archive.relay.PageLimits;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.NullValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one operation of a valid document asks for, measured on its syntax tree against the schema, so that a
 * request too large to serve is refused before anything runs:
 * <ul>
 * <li>depth: fields nested in one another, the root fields at depth 1;</li>
 * <li>aliases: aliased fields written in the document;</li>
 * <li>root fields: the operation's root fields, fragments expanded;</li>
 * <li>cost: what the operation may read. A list weighs its page size (`first` or `last`, the default page size
 * when neither is given, at most the largest page any connection serves), `nodes(ids:)` the number of its ids, any
 * other list the default page size, and an object field 1; whatever is selected below a list costs as many times
 * as the list has items. A connection's own fields (`edges`, `nodes`, `node`, `pageInfo`) add nothing: the
 * connection field counted its page; a connection whose `edges` and `nodes` are not selected weighs 1 (a count).
 * Scalars and introspection cost nothing. So 300 aliases of `people(first: 50) { nodes { name } }` cost 15,000,
 * and `people(first: 10) { nodes { spouses(first: 5) { nodes { name } } } }` costs 10 + 10 x 5 = 60;</li>
 * <li>ids: the most ids given to one `nodes(ids:)`.</li>
 * </ul>
 * Each selection set is measured once per type (fragments spread many times cost what they weigh, not time), and the
 * cost of a set is linear in how many times it is asked for, which is what makes that memo sound.
 */
final class OperationMeasure {

    /** The figures of one operation. */
    record Measures(int depth, int aliases, long rootFields, long cost, int mostIds) {
    }

    /** A selection's figures; {@code readsItems}: it selects a connection's `edges` or `nodes`. */
    private record Part(long cost, int depth, int mostIds, boolean readsItems) {
        Part plus(Part other) {
            return new Part(saturated(cost + other.cost), Math.max(depth, other.depth), Math.max(mostIds, other.mostIds),
                    readsItems || other.readsItems);
        }
    }

    private record Key(SelectionSet set, String type) {
    }

    private static final Part NOTHING = new Part(0, 0, 0, false);

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Object> variables;
    private final PageLimits pages;
    private final Map<Key, Part> measured = new HashMap<>();
    private final Map<SelectionSet, Long> rootCounts = new HashMap<>();

    private OperationMeasure(GraphQLSchema schema, Document document, Map<String, Object> variables, PageLimits pages) {
        this.schema = schema;
        this.variables = variables;
        this.pages = pages;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    }

    /** Measures the operation; the document must be valid and the variables coerced (graphql-java's values). */
    static Measures of(GraphQLSchema schema, Document document, OperationDefinition operation,
            Map<String, Object> variables, PageLimits pages) {
        OperationMeasure measure = new OperationMeasure(schema, document, variables, pages);
        GraphQLCompositeType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        Part part = measure.selections(operation.getSelectionSet(), root);
        return new Measures(part.depth, aliases(document), measure.rootFields(operation.getSelectionSet()), part.cost,
                part.mostIds);
    }

    private Part selections(SelectionSet set, GraphQLCompositeType type) {
        Key key = new Key(set, type.getName());
        Part known = measured.get(key);
        if (known != null) {
            return known;
        }
        Part sum = NOTHING;
        for (Selection<?> selection : set.getSelections()) {
            sum = sum.plus(selection(selection, type));
        }
        measured.put(key, sum);
        return sum;
    }

    private Part selection(Selection<?> selection, GraphQLCompositeType type) {
        if (selection instanceof Field field) {
            return field(field, type);
        }
        if (selection instanceof InlineFragment inline) {
            GraphQLCompositeType on = inline.getTypeCondition() == null ? type
                    : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName());
            return selections(inline.getSelectionSet(), on);
        }
        FragmentDefinition fragment = fragments.get(((FragmentSpread) selection).getName());
        return selections(fragment.getSelectionSet(),
                (GraphQLCompositeType) schema.getType(fragment.getTypeCondition().getName()));
    }

    private Part field(Field field, GraphQLCompositeType parent) {
        if (field.getName().startsWith("__") || !(parent instanceof GraphQLFieldsContainer container)) {
            return new Part(0, 1, 0, false);   // introspection and __typename read nothing
        }
        GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
        GraphQLType named = GraphQLTypeUtil.unwrapAll(definition.getType());
        int ids = definition.getArgument("ids") == null ? 0 : count(argument(field, "ids"));
        boolean connectionPart = isConnectionPart(container);
        boolean list = !connectionPart && (definition.getArgument("first") != null
                || definition.getArgument("last") != null || definition.getArgument("ids") != null
                || type instanceof GraphQLList);
        boolean paged = definition.getArgument("first") != null || definition.getArgument("last") != null;
        long weight;
        if (connectionPart) {
            weight = 0;
        } else if (paged) {
            weight = pageSize(field);
        } else if (definition.getArgument("ids") != null) {
            weight = ids;
        } else if (list) {
            weight = pages.defaultSize();
        } else {
            weight = named instanceof GraphQLCompositeType ? 1 : 0;
        }
        boolean items = connectionPart && type instanceof GraphQLList;
        if (field.getSelectionSet() == null || !(named instanceof GraphQLCompositeType composite)) {
            return new Part(weight, 1, ids, items);
        }
        Part below = selections(field.getSelectionSet(), composite);
        if (paged && !below.readsItems) {
            weight = 1;   // only `totalCount` or `pageInfo`: a count, no page of items
        }
        long cost = weight + times(list ? weight : 1, below.cost);
        return new Part(saturated(cost), below.depth + 1, Math.max(ids, below.mostIds), items);
    }

    /** A connection or edge type: its fields are the page its connection field already weighed. */
    private static boolean isConnectionPart(GraphQLFieldsContainer type) {
        return type.getFieldDefinition("pageInfo") != null && type.getFieldDefinition("edges") != null
                || type.getFieldDefinition("cursor") != null && type.getFieldDefinition("node") != null;
    }

    private long pageSize(Field field) {
        Object size = argument(field, "first");
        if (size == null) {
            size = argument(field, "last");
        }
        int asked = size instanceof Number n ? n.intValue() : pages.defaultSize();
        return Math.max(0, Math.min(asked, pages.maxSize()));
    }

    /** The argument's value: a literal, or the variable it names (null when absent). */
    private Object argument(Field field, String name) {
        Argument argument = field.getArguments().stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
        if (argument == null || argument.getValue() instanceof NullValue) {
            return null;
        }
        Node<?> value = argument.getValue();
        if (value instanceof VariableReference variable) {
            return variables.get(variable.getName());
        }
        if (value instanceof IntValue integer) {
            return integer.getValue().intValue();
        }
        return value;
    }

    /** How many items a list argument holds; a single value stands for a list of one (GraphQL's input coercion). */
    private static int count(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof List<?> list) {
            return list.size();
        }
        return value instanceof ArrayValue array ? array.getValues().size() : 1;
    }

    private long rootFields(SelectionSet set) {
        Long known = rootCounts.get(set);
        if (known != null) {
            return known;
        }
        long count = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field) {
                count++;
            } else if (selection instanceof InlineFragment inline) {
                count += rootFields(inline.getSelectionSet());
            } else {
                count += rootFields(fragments.get(((FragmentSpread) selection).getName()).getSelectionSet());
            }
            count = saturated(count);
        }
        rootCounts.put(set, count);
        return count;
    }

    /** Aliased fields written anywhere in the document. */
    private static int aliases(Node<?> node) {
        int count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += aliases(child);
        }
        return count;
    }

    private static long times(long a, long b) {
        return a == 0 || b <= Long.MAX_VALUE / a ? a * b : Long.MAX_VALUE;
    }

    private static long saturated(long sum) {
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
