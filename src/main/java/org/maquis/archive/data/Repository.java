package org.maquis.archive.data;

import org.maquis.archive.engine.Loaders;
import org.maquis.archive.engine.Selection;

import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.dataloader.DataLoaderRegistry;

/**
 * The reads every node type shares, behind named methods: by slug, by row keys, and a page of the root
 * list. The SQL is written here once; each domain package names its relations with {@link Relation}.
 *
 * @param <T> the entity
 */
public final class Repository<T extends Row> {

    private final NodeType type;
    private final Class<T> entity;

    private Repository(Class<T> entity) {
        this.type = NodeType.of(entity);
        this.entity = entity;
        this.shapes = new PageShape.ByField(entity, true);
        this.childPages = new ChildPages.ByField(entity);
    }

    private static final Map<Class<?>, Repository<?>> ALL = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public static <T extends Row> Repository<T> of(Class<T> entity) {
        return (Repository<T>) ALL.computeIfAbsent(entity, e -> new Repository<>(entity));
    }

    /**
     * The row with this slug, or null, and in the same statement the to-ones its field selects ({@link JoinedToOnes}).
     * Called by a root field that selects of it little more than one connection (`faction(slug:) { members { ... } }`),
     * the page is read in the same statement ({@link ServedConnections#parentWithPage}).
     */
    public Uni<T> bySlug(String slug) {
        return ServedConnections.parentWithPage(entity, "p.slug = :key", slug).orElseGet(() -> {
            DataFetchingEnvironment environment = Loaders.environment();
            JoinedToOnes joins = JoinedToOnes.of(entity, List.of(Selection.of(environment)));
            String sql = "select " + columns(selected()) + joins.columns() + " from " + type.table() + " t" + joins.from(false)
                    + " where t.slug = :slug";
            DataLoaderRegistry registry = Loaders.registry(environment);
            return Reads.statement(sql, Map.of("slug", slug)).map(rows -> {
                if (rows.size() == 0) {
                    return null;
                }
                io.vertx.sqlclient.Row row = rows.iterator().next();
                joins.primer(rows.columnsNames(), registry).prime(row);
                return reader(rows).read(row);
            });
        });
    }

    /** The rows with these keys, by key; a key of no row is absent. One statement. */
    public Uni<Map<Long, T>> byIds(Collection<Long> ids) {
        return byIds(ids, EntityRows.of(entity).columns());
    }

    /** The same, each row read of the columns that fields of these names read ({@link EntityRows#columnsFor}). */
    public Uni<Map<Long, T>> byIds(Collection<Long> ids, Set<String> fields) {
        return byIds(ids, EntityRows.of(entity).columnsFor(fields));
    }

    /** The same, each row read of these columns only (the rest of its fields null). */
    private Uni<Map<Long, T>> byIds(Collection<Long> ids, List<String> columns) {
        List<Long> keys = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String sql = "select " + columns(columns) + " from " + type.table() + " t where t.id = any(" + KEYS + ")";
        return Reads.statement(sql, Map.of("keys", keys(keys))).map(rows -> {
            EntityRows.Reader<T> reader = reader(rows);
            Map<Long, T> byId = new HashMap<>();
            for (io.vertx.sqlclient.Row row : rows) {
                T found = reader.read(row);
                byId.put(found.rowId, found);
            }
            return byId;
        });
    }

    /**
     * The row a parent points to through a foreign key, or null, of the columns the field being resolved selects:
     * every such reference to this type at one level of a query is read in one statement, of the columns all of
     * them select. Called synchronously in the to-one field's resolver.
     */
    public CompletionStage<T> load(Long id) {
        if (id == null) {
            return CompletableFuture.completedFuture(null);
        }
        return Loaders.load(type.graphQlName(), new Wanted(id, selected()), this::batch);
    }

    /**
     * Hands a row read by another statement (a join, see {@link JoinedToOnes}), of these columns, to the request's
     * loader of this type, so that {@link #load} by a field that selects the same answers it with no statement.
     */
    void prime(DataLoaderRegistry registry, T row, List<String> columns) {
        Loaders.prime(registry, type.graphQlName(), new Wanted(row.rowId, columns), row, this::batch);
    }

    /**
     * A row to load, and the columns its field selects: the key of the type's loader, hashed once (the loader's cache
     * and its batch hash it several times, for each row of a page).
     */
    private static final class Wanted {

        private final Long id;
        private final List<String> columns;
        private final int hash;

        Wanted(Long id, List<String> columns) {
            this.id = id;
            this.columns = columns;
            this.hash = id.hashCode() * 31 + columns.hashCode();
        }

        Long id() {
            return id;
        }

        List<String> columns() {
            return columns;
        }

        @Override
        public boolean equals(Object other) {
            return other == this || other instanceof Wanted wanted && wanted.hash == hash && wanted.id.equals(id)
                    && wanted.columns.equals(columns);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private Uni<List<T>> batch(List<Wanted> wanted) {
        Set<String> union = new HashSet<>();
        wanted.forEach(w -> union.addAll(w.columns()));
        List<String> columns = EntityRows.of(entity).columns().stream().filter(union::contains).toList();
        return byIds(wanted.stream().map(Wanted::id).toList(), columns)
                .map(found -> wanted.stream().map(w -> found.get(w.id())).toList());
    }

    /**
     * The columns the field being resolved selects of this type ({@link EntityRows#columnsFor}), found once per field
     * of a document: every row of a list asks for the same field.
     */
    private List<String> selected() {
        DataFetchingEnvironment environment = Loaders.environment();
        List<Field> fields = environment.getMergedField().getFields();
        if (fields.size() > 1) {
            return EntityRows.of(entity).columnsFor(Selection.of(environment).names());
        }
        synchronized (selectedByField) {
            return selectedByField.computeIfAbsent(fields.get(0),
                    f -> EntityRows.of(entity).columnsFor(Selection.of(environment).names()));
        }
    }

    /** By the field of a document (held weakly: a document the cache lets go takes its fields with it). */
    private final Map<Field, List<String>> selectedByField = new WeakHashMap<>();

    /** The shapes of this type's root pages by the field of a document. */
    private final PageShape.ByField shapes;

    /** The pages below the rows of this type's root pages that their statement reads, by the field of a document. */
    private final ChildPages.ByField childPages;

    /** The columns as the select list of a statement over the alias {@code t}. */
    private static String columns(List<String> columns) {
        return columns.stream().map(c -> "t." + c).collect(Collectors.joining(", "));
    }

    /**
     * One page of the rows that match {@code where}, for the connection being resolved: one statement reads the page
     * and one row more, of each row the columns its selection needs ({@link EntityRows#columnsFor}) and the to-ones it
     * selects ({@link JoinedToOnes});
     * {@code totalCount} costs a second, and only when selected.
     */
    public Uni<Slice<T>> page(Where where, PageRequest request) {
        String cut = " order by " + request.order().orderBy(request.backward()) + " limit " + request.rowsToRead();
        DataFetchingEnvironment environment = Loaders.environment();
        PageShape shape = shapes.of(environment);
        JoinedToOnes joins = shape.joins();
        DataLoaderRegistry registry = Loaders.registry(environment);
        ChildPages<?> below = childPages.of(environment);
        String sql = where.rows(type.table(), shape.select(request.order()) + (below == null ? "" : ChildPages.KEY),
                shape.from(true), request.order().keyColumns(), request.keysets(), cut);
        Map<String, Object> values = new HashMap<>(where.parameters());
        request.bindKeysets(values::put);
        return Reads.statement(below == null ? sql : below.around(sql, request.size()), values)
                .chain(rows -> count(where, request).map(total -> {
                    EntityRows.Reader<T> reader = reader(rows);
                    JoinedToOnes.Primer joined = joins.primer(rows.columnsNames(), registry);
                    ChildPages<?>.Collector children = below == null ? null : below.collector(rows.columnsNames(), registry);
                    int cursor = rows.columnsNames().indexOf("page_cursor");
                    List<T> items = new ArrayList<>(rows.size());
                    List<String> cursors = new ArrayList<>(rows.size());
                    for (io.vertx.sqlclient.Row row : rows) {
                        if (children != null && !children.add(row)) {
                            continue; // the same parent again, with its next child
                        }
                        items.add(reader.read(row));
                        cursors.add(cursor < 0 ? null : row.getString(cursor));
                        joined.prime(row);
                    }
                    if (children != null) {
                        children.prime(items.subList(0, Math.min(request.size(), items.size())));
                    }
                    return request.slice(items, cursors, total);
                }));
    }

    private Uni<Integer> count(Where where, PageRequest request) {
        if (!request.countTotal()) {
            return Uni.createFrom().nullItem();
        }
        return Reads.statement("select count(*) from (" + where.keys(type.table(), "t.id", "", "") + ") c", where.parameters())
                .map(rows -> rows.iterator().next().getLong(0).intValue());
    }

    /** What reads this type's rows out of a result that holds them (a joined row's columns are read elsewhere). */
    EntityRows.Reader<T> reader(RowSet<io.vertx.sqlclient.Row> rows) {
        return EntityRows.of(entity).reader(rows.columnsNames(), "");
    }

    /**
     * A list of row keys as one parameter, {@code :keys}, bound by {@link #keys}: the statement's text is the
     * same whatever the number of keys, so PostgreSQL and the client prepare it once.
     */
    static final String KEYS = "cast(string_to_array(:keys, ',') as bigint[])";

    static String keys(Collection<Long> keys) {
        return keys.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
