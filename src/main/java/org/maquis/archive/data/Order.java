package org.maquis.archive.data;

import org.maquis.archive.input.ArchiveDates;
import org.maquis.archive.errors.BadUserInput;
import org.maquis.archive.input.ScalarValues;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The order of a connection, declared as data: its sort keys (SQL over the row alias {@code t}, never null),
 * all in one direction, always ending with the row key so that no two rows tie. The one declaration writes
 * the {@code ORDER BY}, the keyset condition after or before a cursor, and the cursor itself, so that they
 * cannot drift apart; an index with the same keys serves it (see the migration V5__keyset_orders.sql).
 * A cursor carries the sort keys of its row, never a position: page 50,000 costs what page 1 costs.
 */
public final class Order {

    /** The SQL type of a sort key, so that a value read back from a cursor is checked before it reaches SQL. */
    public enum Type {
        TEXT, DATE, BIGINT
    }

    /** One sort key: an SQL expression over the row alias {@code t} (or a joined alias) and its type. */
    public record Key(String sql, Type type) {
    }

    private static final Key ROW_KEY = new Key("t.id", Type.BIGINT);

    private final String name;
    private final List<Key> keys;
    private final boolean descending;

    private Order(String name, boolean descending, List<Key> keys) {
        this.name = name;
        this.descending = descending;
        this.keys = new ArrayList<>(keys);
        this.keys.add(ROW_KEY);
    }

    /** An order by these keys, smallest first, then by row key. */
    public static Order ascending(String name, Key... keys) {
        return new Order(name, false, List.of(keys));
    }

    /** An order by these keys, largest first, then by row key, largest first. */
    public static Order descending(String name, Key... keys) {
        return new Order(name, true, List.of(keys));
    }

    public static Key text(String sql) {
        return new Key(sql, Type.TEXT);
    }

    public static Key date(String sql) {
        return new Key(sql, Type.DATE);
    }

    public static Key bigint(String sql) {
        return new Key(sql, Type.BIGINT);
    }

    /** By name, A to Z: the order of every list of named things unless said otherwise. */
    public static final Order NAME = ascending("name", text("t.name"));

    /** By name, Z to A. */
    public static final Order NAME_DESC = descending("name-desc", text("t.name"));

    /** By row key: the order in which the article names things (the lore migration inserts them so). */
    public static final Order ARTICLE = ascending("article");

    /**
     * By the {@code sort_date} column that every relation holding for a time stores (V5__keyset_orders.sql says,
     * table by table, which of its dates it is: mostly the first day its dates name, undated rows last).
     */
    public static final Order SORT_DATE = ascending("sort-date", date("t.sort_date"));

    /** {@code ORDER BY} this order, or its reverse (to read the last rows first). */
    String orderBy(boolean reversed) {
        String direction = descending != reversed ? " desc" : " asc";
        return keys.stream().map(k -> k.sql() + direction).collect(Collectors.joining(", "));
    }

    /**
     * The rows strictly after (or before) the cursor's row in this order: one row-value comparison, which an
     * index on the same keys serves. The cursor's values are bound as text parameters {@code :<prefix>0...}
     * (checked by {@link #decode}) and cast by SQL to their keys' types.
     */
    String keyset(boolean after, String prefix) {
        String left = keys.stream().map(Key::sql).collect(Collectors.joining(", ", "(", ")"));
        String right = IntStream.range(0, keys.size())
                .mapToObj(i -> "cast(cast(:" + prefix + i + " as text) as " + keys.get(i).type().name().toLowerCase() + ")")
                .collect(Collectors.joining(", ", "(", ")"));
        return left + (after != descending ? " > " : " < ") + right;
    }

    /** The sort keys as a select list: for an order whose keys are columns of the row, its key columns. */
    String keyColumns() {
        return keys.stream().map(Key::sql).collect(Collectors.joining(", "));
    }

    /** The SQL of a row's cursor payload: its sort keys as a JSON array. */
    String cursorSql() {
        return keys.stream().map(Key::sql).collect(Collectors.joining(", ", "cast(json_build_array(", ") as text)"));
    }

    /** The cursor a client sees for a row whose payload (from {@link #cursorSql()}) is {@code json}. */
    String cursor(String json) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((name + ":" + json).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The sort keys a cursor of this order carries, as text for SQL to cast; {@link BadUserInput} for a cursor
     * that is not ours, or that belongs to another order or another kind of connection.
     */
    List<String> decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(name + ":")) {
                JsonArray values = new JsonArray(raw.substring(name.length() + 1));
                if (values.size() == keys.size()) {
                    List<String> checked = new ArrayList<>(keys.size());
                    for (int i = 0; i < keys.size(); i++) {
                        checked.add(checked(keys.get(i).type(), values.getValue(i)));
                    }
                    return checked;
                }
            }
        } catch (IllegalArgumentException | DecodeException | ClassCastException malformed) {
            // falls through to the error below: the cause says nothing a client needs
        }
        throw new BadUserInput("`" + cursor + "` is not a valid cursor for this connection in this order.");
    }

    /**
     * A sort key as SQL is to read it, checked as the boundary checks what clients send ({@link org.maquis.archive.input.ArgumentValues}): text
     * PostgreSQL can store, a date the archive holds as PostgreSQL writes it in the cursor (`2370-01-31`,
     * `4001-01-01 BC`, `99999-12-31`) or the `infinity` that sorts undated rows last.
     */
    private static String checked(Type type, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("a sort key is never null");
        }
        String text = type == Type.BIGINT ? bigint(value) : (String) value;
        if (type == Type.TEXT && ScalarValues.text(text) != null || type == Type.DATE && !ArchiveDates.holdsPostgresText(text)) {
            throw new IllegalArgumentException("not a sort key of this order");
        }
        return text;
    }

    /** A whole number of 64 bits as JSON gives it (Integer or Long): never a fraction, an exponent, or more bits, rounded. */
    private static String bigint(Object value) {
        if (!(value instanceof Integer || value instanceof Long)) {
            throw new IllegalArgumentException("not a whole number of 64 bits");
        }
        return String.valueOf(((Number) value).longValue());
    }

    @Override
    public String toString() {
        return name;
    }
}
