package org.maquis.archive.data;

import org.maquis.archive.engine.Loaders;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.dataloader.DataLoaderRegistry;
import io.vertx.sqlclient.RowSet;

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
    }

    private static final Map<Class<?>, Repository<?>> ALL = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public static <T extends Row> Repository<T> of(Class<T> entity) {
        return (Repository<T>) ALL.computeIfAbsent(entity, e -> new Repository<>(entity));
    }

    /**
     * The row with this slug, or null. Called by a root field that selects of it little more than one connection
     * (`faction(slug:) { members { ... } }`), the page is read in the same statement ({@link ServedConnections#parentWithPage}).
     */
    public Uni<T> bySlug(String slug) {
        return ServedConnections.parentWithPage(entity, "p.slug = :key", slug).orElseGet(() -> {
            String sql = "select t.* from " + type.table() + " t where t.slug = :slug";
            return Reads.statement(sql, Map.of("slug", slug)).map(rows -> {
                EntityRows.Reader<T> reader = reader(rows);
                return rows.size() == 0 ? null : reader.read(rows.iterator().next());
            });
        });
    }

    /** The rows with these keys, by key; a key of no row is absent. One statement. */
    public Uni<Map<Long, T>> byIds(Collection<Long> ids) {
        List<Long> keys = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String sql = "select t.* from " + type.table() + " t where t.id = any(" + KEYS + ")";
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
     * The row a parent points to through a foreign key, or null: every such reference to this type at one
     * level of a query is read in one statement.
     */
    public CompletionStage<T> load(Long id) {
        return Loaders.load(type.graphQlName(), id, this::batch);
    }

    /**
     * Hands a row read by another statement (a join, see {@link Relation#joining}) to the request's loader of this
     * type, so that {@link #load} answers it with no statement of its own.
     */
    void prime(DataLoaderRegistry registry, T row) {
        Loaders.prime(registry, type.graphQlName(), row.rowId, row, this::batch);
    }

    private Uni<List<T>> batch(List<Long> keys) {
        return byIds(keys).map(found -> keys.stream().map(found::get).toList());
    }

    /**
     * One page of the rows that match {@code where}: one statement reads the page and one row more;
     * {@code totalCount} costs a second, and only when selected.
     */
    public Uni<Slice<T>> page(Where where, PageRequest request) {
        String cut = " order by " + request.order().orderBy(request.backward()) + " limit " + request.rowsToRead();
        String sql = where.rows(type.table(), "t.*, " + request.order().cursorSql() + " as page_cursor",
                request.order().keyColumns(), request.keysets(), cut);
        Map<String, Object> values = new HashMap<>(where.parameters());
        request.bindKeysets(values::put);
        return Reads.statement(sql, values).chain(rows -> count(where, request).map(total -> {
            EntityRows.Reader<T> reader = reader(rows);
            int cursor = rows.columnsNames().indexOf("page_cursor");
            List<T> items = new ArrayList<>(rows.size());
            List<String> cursors = new ArrayList<>(rows.size());
            for (io.vertx.sqlclient.Row row : rows) {
                items.add(reader.read(row));
                cursors.add(row.getString(cursor));
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
        return keys.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }
}
