package org.maquis.archive.data;

import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.dataloader.DataLoaderRegistry;
import org.maquis.archive.engine.Selection;
import org.maquis.archive.errors.BadUserInput;

/**
 * The pages of a connection below the rows of a root page ({@code factions(first: 20) { nodes { members(first: 20)
 * { ... } } }}), read in the root page's own statement: each row of the root page is joined, laterally, to its page
 * of the relation the connection serves ({@link Relation#serves}), and each page is handed to the request's loader of
 * the relation, where the connection's resolver finds it. A list of parents with a page of children each, and the
 * to-ones below the children (joined into their page), is one statement instead of two. Read so: a page without a
 * cursor and without {@code totalCount}, the shape a list of lists asks for; any other page, and the pages of a second
 * relation, are read by their resolvers.
 *
 * @param <C> the children's entity
 */
final class ChildPages<C extends Row> {

    /** What the root page's select list adds for its rows' pages: each row's key, as the relation's parent. */
    static final String KEY = ", t.id as parent";

    /** The children's columns are named after this ({@code c_id}, {@code c_page_cursor}, {@code c_j1_name}). */
    private static final String PREFIX = "c_";

    private final Relation<C> relation;
    private final PageRequest request;
    private final List<PageShape> shapes;
    private final PageShape shape;

    private ChildPages(Relation<C> relation, PageRequest request, List<PageShape> shapes) {
        this.relation = relation;
        this.request = request;
        this.shapes = shapes;
        this.shape = PageShape.union(relation.entity(), shapes);
    }

    /**
     * The root page's statement {@code root}, whose select list ends with {@link #KEY}, with each of its first
     * {@code size} rows joined to its page (the row read to know whether more follow has none).
     */
    String around(String root, int size) {
        return "select k.*, x.* from (select r.*, row_number() over () as page_row from (" + root + ") r) k"
                + " left join lateral (" + relation.page(request, shape.select(relation.order, PREFIX), shape,
                        " and k.page_row <= " + size) + ") x on true";
    }

    /** What collects the pages out of the statement's rows, whose columns are {@code names}. */
    Collector collector(List<String> names, DataLoaderRegistry registry) {
        return new Collector(names, registry);
    }

    /**
     * Collects the children of the statement's rows (a parent's row repeats once per child, the parent with none
     * stands once with nulls), then hands each parent's page to the request's loader.
     */
    final class Collector {

        private final DataLoaderRegistry registry;
        private final EntityRows.Reader<C> reader;
        private final JoinedToOnes.Primer joined;
        private final int parent;
        private final int id;
        private final int cursor;
        private final Map<Long, List<C>> items = new HashMap<>();
        private final Map<Long, List<String>> cursors = new HashMap<>();
        private Long last;
        private List<C> children;
        private List<String> payloads;

        private Collector(List<String> names, DataLoaderRegistry registry) {
            this.registry = registry;
            this.reader = EntityRows.of(relation.entity()).reader(names, PREFIX);
            this.joined = shape.joins().primer(names, PREFIX, registry);
            this.parent = names.indexOf("parent");
            this.id = names.indexOf(PREFIX + "id");
            this.cursor = names.indexOf(PREFIX + "page_cursor");
        }

        /**
         * Collects the row's child, if it has one; true when the row is its parent's first (the rows of one parent
         * come together, in the page's order).
         */
        boolean add(io.vertx.sqlclient.Row row) {
            Long key = row.getLong(parent);
            boolean first = !key.equals(last);
            if (first) {
                last = key;
                children = new ArrayList<>();
                payloads = new ArrayList<>();
                items.put(key, children);
                cursors.put(key, payloads);
            }
            if (row.getValue(id) != null) {
                children.add(reader.read(row));
                payloads.add(cursor < 0 ? null : row.getString(cursor));
                joined.prime(row);
            }
            return first;
        }

        /** Hands the pages of these parents (the root page's) to the relation's loader. */
        void prime(List<? extends Row> parents) {
            for (Row each : parents) {
                Long key = each.rowId;
                relation.prime(registry, key, request, shapes,
                        request.slice(items.getOrDefault(key, List.of()), cursors.getOrDefault(key, List.of()), null));
            }
        }
    }

    /**
     * What a root connection's rows select of one relation: the first connection that serves one, its shape, and the
     * relation's other connections (aliases) with theirs.
     */
    private record Plan(Relation<?> relation, Selection connection, PageShape shape,
            List<Map.Entry<Selection, PageShape>> others) {
    }

    /** The plans of one entity's root pages by the field of a document (held weakly, as {@link PageShape.ByField}). */
    static final class ByField {

        private final String type;
        private final Map<Field, Optional<Plan>> plans = new WeakHashMap<>();

        ByField(Class<? extends Row> entity) {
            this.type = NodeType.of(entity).graphQlName();
        }

        /** The pages to read below the rows of the root connection being resolved, or null for none. */
        ChildPages<?> of(DataFetchingEnvironment environment) {
            List<Field> fields = environment.getMergedField().getFields();
            Optional<Plan> plan;
            if (fields.size() > 1) {
                plan = plan(Selection.of(environment));
            } else {
                synchronized (plans) {
                    plan = plans.computeIfAbsent(fields.get(0), f -> plan(Selection.of(environment)));
                }
            }
            return plan.map(p -> pages(p, environment.getVariables())).orElse(null);
        }

        private Optional<Plan> plan(Selection connection) {
            Relation<?> relation = null;
            Selection first = null;
            List<Map.Entry<Selection, PageShape>> others = new ArrayList<>();
            for (Selection row : JoinedToOnes.rowsOf(connection)) {
                for (Selection field : row.immediate().values()) {
                    Relation<?> served = ServedConnections.servedBy(type, field.name());
                    if (served != null && relation == null) {
                        relation = served;
                        first = field;
                    } else if (served != null && served == relation) {
                        others.add(Map.entry(field, PageShape.of(relation.entity(), field)));
                    }
                }
            }
            return relation == null ? Optional.empty()
                    : Optional.of(new Plan(relation, first, PageShape.of(relation.entity(), first), others));
        }

        private static <C extends Row> ChildPages<C> pages(Plan plan, Map<String, Object> variables) {
            @SuppressWarnings("unchecked")
            Relation<C> relation = (Relation<C>) plan.relation();
            PageRequest request = request(relation, plan.connection(), variables);
            if (request == null || request.countTotal() || request.after() != null || request.before() != null) {
                return null;
            }
            List<PageShape> shapes = new ArrayList<>(List.of(plan.shape()));
            for (Map.Entry<Selection, PageShape> other : plan.others()) {
                if (!shapes.contains(other.getValue()) && request.equals(request(relation, other.getKey(), variables))) {
                    shapes.add(other.getValue());
                }
            }
            return new ChildPages<>(relation, request, shapes);
        }

        /** The page a connection asks for with this request's variables, or null when its arguments cannot be served. */
        private static PageRequest request(Relation<?> relation, Selection connection, Map<String, Object> variables) {
            try {
                return PageRequest.of(relation.order,
                        new Selection(connection.fields(), connection.fragments(), variables));
            } catch (BadUserInput e) {
                return null;
            }
        }
    }
}
