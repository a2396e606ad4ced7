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
import org.hibernate.reactive.mutiny.Mutiny;

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
            String sql = "select " + ROW + " from " + type.table() + " t where t.slug = :slug";
            return Reads.inOwnSession(session -> rows(session, sql).setParameter("slug", slug).getSingleResultOrNull()
                    .map(row -> row == null ? null : entity.cast(row[0])));
        });
    }

    /** The rows with these keys, by key; a key of no row is absent. One statement. */
    public Uni<Map<Long, T>> byIds(Collection<Long> ids) {
        List<Long> keys = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String sql = "select " + ROW + " from " + type.table() + " t where t.id = any(" + KEYS + ")";
        return Reads.inOwnSession(session -> rows(session, sql).setParameter("keys", keys(keys)).getResultList())
                .map(rows -> {
                    Map<Long, T> byId = new HashMap<>();
                    rows.forEach(row -> {
                        T found = entity.cast(row[0]);
                        byId.put(found.rowId, found);
                    });
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
        String sql = where.rows(type.table(), "t.*, cast(null as bigint) as page_parent, "
                + request.order().cursorSql() + " as page_cursor", request.order().keyColumns(), request.keysets(), cut);
        return Reads.inOwnSession(session -> {
            Mutiny.SelectionQuery<Object[]> query = rows(session, sql);
            where.parameters().forEach(query::setParameter);
            request.bindKeysets(query::setParameter);
            return query.getResultList().chain(rows -> count(session, where, request).map(total -> {
                List<T> items = new ArrayList<>(rows.size());
                List<String> cursors = new ArrayList<>(rows.size());
                for (Object[] row : rows) {
                    items.add(entity.cast(row[0]));
                    cursors.add((String) row[2]);
                }
                return request.slice(items, cursors, total);
            }));
        });
    }

    private Uni<Integer> count(Mutiny.StatelessSession session, Where where, PageRequest request) {
        if (!request.countTotal()) {
            return Uni.createFrom().nullItem();
        }
        Mutiny.SelectionQuery<Long> query = session.createNativeQuery(
                "select count(*) from (" + where.keys(type.table(), "t.id", "", "") + ") c", Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult().map(Long::intValue);
    }

    /** A row with no page: the columns of the type's page mapping. */
    private static final String ROW = "t.*, cast(null as bigint) as page_parent, cast(null as text) as page_cursor";

    /**
     * A query whose rows the type's page mapping reads: the row, its parent's key, its cursor. Every read of the
     * type maps its rows this one way, by name, whether a page or a lookup.
     */
    Mutiny.SelectionQuery<Object[]> rows(Mutiny.StatelessSession session, String sql) {
        return rows(session, sql, type.pageMapping());
    }

    /** The same, through another of the type's mappings (a page with a joined row). */
    Mutiny.SelectionQuery<Object[]> rows(Mutiny.StatelessSession session, String sql, String mapping) {
        return session.createNativeQuery(sql, session.getResultSetMapping(Object[].class, mapping));
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
