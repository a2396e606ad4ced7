package org.maquis.archive.data;

import org.maquis.archive.engine.Loaders;
import org.maquis.archive.engine.Selection;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.dataloader.DataLoaderRegistry;
import io.vertx.sqlclient.RowSet;

/**
 * A relation of the lore, declared once: which rows belong to a parent (the SQL that reaches them and the
 * condition that names the parent, {@code k.parent}) and their order. Every parent of one level of a query
 * is served by one statement that cuts each parent's page inside PostgreSQL (a lateral join, so an index
 * reads about as many rows as the page holds, whatever the size of the archive); {@code totalCount} is one
 * grouped count more, and only when selected.
 *
 * @param <T> the entity of the rows reached
 */
public final class Relation<T extends Row> {

    private final Class<T> entity;
    private final String from;
    private final String match;
    final Order order;
    /** The shapes of this relation's pages by the field of a document. */
    private final PageShape.ByField shapes;
    /** The shapes of the lists that are not connections, and of one-to-ones, by the field of a document. */
    private final PageShape.ByField rowShapes;
    /** The name of the relation's loader in a request: what it reads, in its order (written once, hashed per page asked). */
    private final String loaderName;

    private Relation(Class<T> entity, String from, String match, Order order) {
        this.entity = entity;
        this.from = from;
        this.match = match;
        this.order = order;
        this.shapes = new PageShape.ByField(entity, true);
        this.rowShapes = new PageShape.ByField(entity, false);
        this.loaderName = from + " where " + match + " order by " + order;
    }

    /** The rows of {@code entity} that point to their parent through {@code column} (a one-to-many). */
    public static <T extends Row> Relation<T> children(Class<T> entity, String column, Order order) {
        NodeType type = NodeType.of(entity);
        return new Relation<>(entity, type.table() + " t", "t." + column + " = k.parent", order);
    }

    /**
     * The rows of {@code entity} reached through a link table whose {@code parentColumn} names the parent and
     * whose {@code targetColumn} names the row (a many-to-many).
     */
    public static <T extends Row> Relation<T> through(String link, String parentColumn, String targetColumn,
            Class<T> entity, Order order) {
        NodeType type = NodeType.of(entity);
        return new Relation<>(entity, link + " l join " + type.table() + " t on t.id = l." + targetColumn,
                "l." + parentColumn + " = k.parent", order);
    }

    /** The rows of {@code entity} that name their parent in either of two columns (a pair stored once). */
    public static <T extends Row> Relation<T> eitherSide(Class<T> entity, String column, String otherColumn, Order order) {
        NodeType type = NodeType.of(entity);
        return new Relation<>(entity, type.table() + " t",
                "(t." + column + " = k.parent or t." + otherColumn + " = k.parent)", order);
    }

    /**
     * The rows of {@code entity} reached through a link table that names a pair in either column (a marriage):
     * the row is the pair's other side.
     */
    public static <T extends Row> Relation<T> otherSide(String link, String column, String otherColumn,
            Class<T> entity, Order order) {
        NodeType type = NodeType.of(entity);
        return new Relation<>(entity, link + " l join " + type.table() + " t on t.id = case when l." + column
                + " = k.parent then l." + otherColumn + " else l." + column + " end",
                "(l." + column + " = k.parent or l." + otherColumn + " = k.parent)", order);
    }

    /** The same relation, narrowed by one more condition over its rows' alias {@code t} (a constant). */
    public Relation<T> and(String condition) {
        return new Relation<>(entity, from, match + " and " + condition, order);
    }

    /**
     * Says that the connection {@code field} of {@code parent}'s GraphQL type serves this relation, so that a root
     * lookup of a parent that selects little more than that connection reads the page in its own statement
     * ({@link ServedConnections#parentWithPage}). Last in a declaration: {@code Relation.children(...).serves(Faction.class, "members")}.
     */
    public Relation<T> serves(Class<? extends Row> parent, String field) {
        ServedConnections.declare(NodeType.of(parent).graphQlName() + "." + field, this);
        return this;
    }

    <P extends Row> Uni<P> keyWithPage(Class<P> parent, String condition, Object key, PageRequest request,
            Selection connection, List<Selection> others, DataLoaderRegistry registry) {
        List<PageShape> served = shapes(request, connection, others);
        PageShape shape = PageShape.union(entity, served);
        // An outer join: a parent with no rows in the relation is one row without them.
        String sql = sql("(select p.id as parent from " + NodeType.of(parent).table() + " p where " + condition + ") k"
                + " left join lateral", " on true", request, shape);
        Map<String, Object> values = new HashMap<>();
        values.put("key", key);
        request.bindKeysets(values::put);
        return Reads.statement(sql, values).chain(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().<P>nullItem();
            }
            Long found = rows.iterator().next().getLong("page_parent");
            List<Long> parents = List.of(found);
            return counts(parents, request).map(totals -> {
                prime(registry, found, request, served, slices(rows, parents, request, totals, shape, registry).get(found));
                return ServedConnections.keyOnly(parent, found);
            });
        });
    }

    /**
     * The shapes of the connections of this relation that one page serves: {@code connection}'s, and those of the
     * {@code others} (aliases) that ask for the same page, whose keys the page is handed to as well.
     */
    List<PageShape> shapes(PageRequest request, Selection connection, List<Selection> others) {
        List<PageShape> served = new ArrayList<>(List.of(PageShape.of(entity, connection)));
        for (Selection other : others) {
            PageShape shape = PageShape.of(entity, other);
            if (!served.contains(shape) && request.equals(requestOf(other))) {
                served.add(shape);
            }
        }
        return served;
    }

    /** Hands a parent's page, read by another statement, to the request's loader under each of these shapes. */
    void prime(DataLoaderRegistry registry, Long parent, PageRequest request, List<PageShape> shapes, Slice<T> slice) {
        shapes.forEach(shape -> Loaders.prime(registry, loaderName, new Key(parent, request, shape), slice, batch(registry)));
    }

    Class<T> entity() {
        return entity;
    }

    /** The page request of a connection of this relation, or null when its arguments cannot be served. */
    private PageRequest requestOf(Selection connection) {
        try {
            return PageRequest.of(order, connection);
        } catch (org.maquis.archive.errors.BadUserInput e) {
            return null;
        }
    }

    /** The parent's page, checked against the page limits; the client's `totalCount` is counted if selected. */
    public <C> CompletionStage<C> page(Row parent, Integer first, String after, Integer last, String before,
            Function<Slice<T>, C> connection) {
        return page(parent.rowId, first, after, last, before, connection);
    }

    /** The page of the parent with this row key, which need not exist any more (a deleted record's history). */
    public <C> CompletionStage<C> page(long parent, Integer first, String after, Integer last, String before,
            Function<Slice<T>, C> connection) {
        DataFetchingEnvironment environment = Loaders.environment();
        PageShape shape = shapes.of(environment);
        PageRequest request = PageRequest.of(order, first, after, last, before, shape.countsTotal());
        DataLoaderRegistry registry = Loaders.registry(environment);
        return Loaders.load(registry, loaderName, new Key(parent, request, shape), batch(registry))
                .thenApply(connection);
    }

    private Function<List<Key>, Uni<List<Slice<T>>>> batch(DataLoaderRegistry registry) {
        return keys -> pages(keys, registry);
    }

    /** Every row of the parent, in order, of the columns the field selects: for the few short lists that are not connections. */
    public CompletionStage<List<T>> all(Row parent) {
        PageRequest everything = new PageRequest(order, Integer.MAX_VALUE - 1, false, null, null, false);
        DataFetchingEnvironment environment = Loaders.environment();
        DataLoaderRegistry registry = Loaders.registry(environment);
        return Loaders.load(registry, loaderName, new Key(parent.rowId, everything, rowShapes.of(environment)), batch(registry))
                .thenApply(Slice::items);
    }

    /** The parent's first row, of the columns the field selects, or null: for a one-to-one read from the other side. */
    public CompletionStage<T> first(Row parent) {
        PageRequest one = new PageRequest(order, 1, false, null, null, false);
        DataFetchingEnvironment environment = Loaders.environment();
        DataLoaderRegistry registry = Loaders.registry(environment);
        return Loaders.load(registry, loaderName, new Key(parent.rowId, one, rowShapes.of(environment)), batch(registry))
                .thenApply(slice -> slice.items().isEmpty() ? null : slice.items().get(0));
    }

    /** A parent, the page asked of it and what of its rows: the key of the relation's loaders. */
    record Key(Long parent, PageRequest request, PageShape shape) {
    }

    /**
     * The pages of one level: one statement per distinct page request (a query has one unless aliased), of the
     * columns its keys select together.
     */
    private Uni<List<Slice<T>>> pages(List<Key> keys, DataLoaderRegistry registry) {
        Map<PageRequest, List<Key>> byRequest = new LinkedHashMap<>();
        keys.forEach(k -> byRequest.computeIfAbsent(k.request(), r -> new ArrayList<>()).add(k));
        List<Uni<Map<Long, Slice<T>>>> reads = byRequest.entrySet().stream()
                .map(e -> pages(e.getKey(), e.getValue(), registry)).toList();
        return Uni.join().all(reads).andFailFast().map(found -> {
            List<PageRequest> requests = new ArrayList<>(byRequest.keySet());
            return keys.stream().map(k -> found.get(requests.indexOf(k.request())).get(k.parent())).toList();
        });
    }

    /** The pages of one request for these keys' parents, the joined rows handed to {@code registry}'s loaders. */
    private Uni<Map<Long, Slice<T>>> pages(PageRequest request, List<Key> keys, DataLoaderRegistry registry) {
        List<Long> parents = keys.stream().map(Key::parent).distinct().toList();
        PageShape shape = PageShape.union(entity, keys.stream().map(Key::shape).distinct().toList());
        String sql = sql("unnest(" + Repository.KEYS + ") as k(parent) cross join lateral", "", request, shape);
        Map<String, Object> values = new HashMap<>();
        values.put("keys", Repository.keys(parents));
        request.bindKeysets(values::put);
        return Reads.statement(sql, values).chain(rows -> counts(parents, request)
                .map(totals -> slices(rows, parents, request, totals, shape, registry)));
    }

    /**
     * The statement of a page for each parent that {@code parents} names as {@code k.parent}, joined to the page by
     * {@code lateral} (and {@code on}): the shape's columns of each row ({@link PageShape#select}: its cursor only when
     * the query shows one, the columns of the to-ones it joins), then its parent's key. Columns, not whole rows: PostgreSQL reads a row value's fields one by one, which cost a
     * page of lists of lists half its time.
     */
    private String sql(String parents, String on, PageRequest request, PageShape shape) {
        // The joined rows are read inside each parent's page, before its limit: an index lookup per row of the page,
        // whatever plan the statement's other parents would favour.
        return "select x.*, k.parent as page_parent from " + parents + " (" + page(request, shape.select(order), shape, "")
                + ") x" + on;
    }

    /**
     * The select of the page of the parent {@code k.parent}: {@code select} over its rows {@code t} and the to-ones
     * {@code shape} joins, narrowed by {@code more}.
     */
    String page(PageRequest request, String select, PageShape shape, String more) {
        return "select " + select + " from " + from + shape.from(false) + " where " + match + request.keysets() + more
                + " order by " + order.orderBy(request.backward()) + " limit " + request.rowsToRead();
    }

    /**
     * Each parent's page out of the rows read (a row without the relation's row, which an outer join gives a parent
     * with none, adds nothing); the joined rows are handed to {@code registry}'s loader of their type, once for each
     * selection of them.
     */
    private Map<Long, Slice<T>> slices(RowSet<io.vertx.sqlclient.Row> rows, List<Long> parents, PageRequest request,
            Map<Long, Integer> totals, PageShape shape, DataLoaderRegistry registry) {
        List<String> columns = rows.columnsNames();
        EntityRows.Reader<T> reader = EntityRows.of(entity).reader(columns, "");
        JoinedToOnes.Primer joined = shape.joins().primer(columns, registry);
        int id = columns.indexOf("id");
        int parentColumn = columns.indexOf("page_parent");
        int cursorColumn = columns.indexOf("page_cursor");
        Map<Long, List<T>> items = new HashMap<>();
        Map<Long, List<String>> cursors = new HashMap<>();
        for (io.vertx.sqlclient.Row row : rows) {
            if (row.getValue(id) == null) {
                continue;
            }
            Long parent = row.getLong(parentColumn);
            items.computeIfAbsent(parent, p -> new ArrayList<>()).add(reader.read(row));
            cursors.computeIfAbsent(parent, p -> new ArrayList<>()).add(cursorColumn < 0 ? null : row.getString(cursorColumn));
            joined.prime(row);
        }
        Map<Long, Slice<T>> slices = new HashMap<>();
        for (Long parent : parents) {
            slices.put(parent, request.slice(items.getOrDefault(parent, List.of()),
                    cursors.getOrDefault(parent, List.of()), totals.get(parent)));
        }
        return slices;
    }

    /** Each parent's number of rows, in one grouped statement; nothing when `totalCount` was not asked. */
    private Uni<Map<Long, Integer>> counts(List<Long> parents, PageRequest request) {
        if (!request.countTotal()) {
            return Uni.createFrom().item(Map.of());
        }
        String sql = "select k.parent, (select count(*) from " + from + " where " + match + ")"
                + " from unnest(" + Repository.KEYS + ") as k(parent)";
        return Reads.statement(sql, Map.of("keys", Repository.keys(parents))).map(rows -> {
            Map<Long, Integer> totals = new HashMap<>();
            rows.forEach(r -> totals.put(r.getLong(0), r.getLong(1).intValue()));
            return totals;
        });
    }

}
