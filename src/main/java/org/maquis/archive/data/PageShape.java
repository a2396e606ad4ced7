package org.maquis.archive.data;

import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.maquis.archive.engine.Selection;

/**
 * What a page reads for a connection: which columns of its rows ({@link EntityRows#columnsFor}), which to-ones below
 * them with which of their columns ({@link JoinedToOnes}), and whether the rows' cursors, which only a connection that
 * selects {@code edges/cursor}, {@code pageInfo/startCursor} or {@code pageInfo/endCursor} reads (PostgreSQL builds
 * each row's cursor as JSON text, the API encodes it: a page that shows none reads none). Found once per field of a
 * document ({@link ByField}); part of the key of a relation's loader, so its hash is computed once.
 */
final class PageShape {

    private final List<String> columns;
    private final JoinedToOnes joins;
    private final boolean cursors;
    /** Whether the connection selects `totalCount` (which the page request says; not part of the shape's identity). */
    private final boolean total;
    private final int hash;
    /** The select list last written ({@link #select}): statements of one shape are written again and again. */
    private volatile Written select;
    /** The joins, written plain ([0]) and as lookups ([1]); racing writers write the same text. */
    private final String[] from = new String[2];

    private PageShape(List<String> columns, JoinedToOnes joins, boolean cursors, boolean total) {
        this.columns = List.copyOf(columns);
        this.joins = joins;
        this.cursors = cursors;
        this.total = total;
        this.hash = (columns.hashCode() * 31 + joins.hashCode()) * 31 + Boolean.hashCode(cursors);
    }

    /** The shape of a page of {@code entity} read for a connection with this selection. */
    static PageShape of(Class<? extends Row> entity, Selection connection) {
        Set<String> edges = connection.names("edges");
        Set<String> pageInfo = connection.names("pageInfo");
        boolean cursors = edges.contains("cursor") || pageInfo.contains("startCursor") || pageInfo.contains("endCursor");
        return new PageShape(EntityRows.of(entity).columnsFor(connection.names("nodes"), connection.names("edges/node")),
                JoinedToOnes.of(entity, JoinedToOnes.rowsOf(connection)), cursors, connection.has("totalCount"));
    }

    /**
     * The shape of a list that is not a connection ({@code leads}, {@code opposes}) or of a one-to-one read from the
     * other side ({@code renamedFrom}): the columns its own selection reads, no joined row, no cursor.
     */
    static PageShape rows(Class<? extends Row> entity, Selection rows) {
        return new PageShape(EntityRows.of(entity).columnsFor(rows.names()), JoinedToOnes.NONE, false, false);
    }

    /** The shape that reads what each of these reads: the columns any reads, the to-ones any joins, cursors if any does. */
    static PageShape union(Class<? extends Row> entity, List<PageShape> shapes) {
        if (shapes.size() == 1) {
            return shapes.get(0);
        }
        Set<String> columns = new HashSet<>();
        shapes.forEach(shape -> columns.addAll(shape.columns));
        return new PageShape(EntityRows.of(entity).columns().stream().filter(columns::contains).toList(),
                JoinedToOnes.union(shapes.stream().map(PageShape::joins).toList()),
                shapes.stream().anyMatch(shape -> shape.cursors), shapes.stream().anyMatch(shape -> shape.total));
    }

    /** Whether the connection selects `totalCount`: found with the shape, once per field of a document. */
    boolean countsTotal() {
        return total;
    }

    JoinedToOnes joins() {
        return joins;
    }

    /**
     * The select list over the rows {@code t} and their joined to-ones: the shape's columns, the cursor's payload as
     * {@code page_cursor} when cursors are read, the joined columns ({@code j1_name}).
     */
    String select(Order order) {
        Written last = select;
        if (last == null || last.order() != order) {
            last = new Written(order, columns.stream().map(c -> "t." + c).collect(Collectors.joining(", "))
                    + (cursors ? ", " + order.cursorSql() + " as page_cursor" : "") + joins.columns());
            select = last;
        }
        return last.text();
    }

    /**
     * The same select list with every column named after {@code prefix} ({@code t.role as c_role}, {@code c_page_cursor},
     * {@code c_j1_name}): for a page read beside other rows in one statement ({@link ChildPages}).
     */
    String select(Order order, String prefix) {
        return columns.stream().map(c -> "t." + c + " as " + prefix + c).collect(Collectors.joining(", "))
                + (cursors ? ", " + order.cursorSql() + " as " + prefix + "page_cursor" : "") + joins.columns(prefix);
    }

    /** The joins of the to-ones after the rows {@code t} ({@link JoinedToOnes#from}), written once per shape. */
    String from(boolean lookups) {
        String[] written = from;
        int at = lookups ? 1 : 0;
        if (written[at] == null) {
            written[at] = joins.from(lookups);
        }
        return written[at];
    }

    /** A select list and the order it was written for. */
    private record Written(Order order, String text) {
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof PageShape shape && shape.hash == hash && shape.cursors == cursors
                && shape.columns.equals(columns) && shape.joins.equals(joins);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return columns + joins.toString() + (cursors ? "+cursors" : "");
    }

    /** The shapes of one entity's pages by the field of a document (held weakly: a document the cache lets go takes its fields with it). */
    static final class ByField {

        private final Class<? extends Row> entity;
        /** Whether the fields are connections ({@link #of(Class, Selection)}) or the rows themselves ({@link #rows}). */
        private final boolean connections;
        private final Map<Field, PageShape> shapes = new WeakHashMap<>();

        ByField(Class<? extends Row> entity, boolean connections) {
            this.entity = entity;
            this.connections = connections;
        }

        /** The shape of the page read for the field being resolved; a field merged from several is found anew. */
        PageShape of(DataFetchingEnvironment environment) {
            List<Field> fields = environment.getMergedField().getFields();
            if (fields.size() > 1) {
                return shape(Selection.of(environment));
            }
            synchronized (shapes) {
                return shapes.computeIfAbsent(fields.get(0), f -> shape(Selection.of(environment)));
            }
        }

        private PageShape shape(Selection field) {
            return connections ? PageShape.of(entity, field) : PageShape.rows(entity, field);
        }
    }
}
