package org.maquis.archive.data;

import org.maquis.archive.engine.Loaders;
import org.maquis.archive.engine.Selection;
import org.maquis.archive.errors.BadUserInput;
import org.maquis.archive.input.ArgumentValues;
import org.maquis.archive.relay.PageLimits;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The `first`/`after`/`last`/`before` arguments of a connection, checked once so that every connection pages
 * the same way, and read against the connection's {@link Order}: cursors become the sort keys they carry.
 * A page reads one row more than it returns, so that whether more follow is known without counting.
 *
 * @param size       how many rows the page holds at most
 * @param backward   true for `last`: the page is read from the end (or from `before`) toward the start
 * @param after      the sort keys of the `after` cursor, or null
 * @param before     the sort keys of the `before` cursor, or null
 * @param countTotal whether the client selected `totalCount`, the one thing that costs a count
 */
public record PageRequest(Order order, int size, boolean backward, List<String> after, List<String> before,
        boolean countTotal) {

    private static volatile PageLimits limits;

    /**
     * The page a connection field's arguments ask for, against the configured limits; `totalCount` is counted
     * when the field being resolved selects it. Throws {@link BadUserInput} for arguments it cannot serve.
     */
    public static PageRequest of(Order order, Integer first, String after, Integer last, String before) {
        return of(order, first, after, last, before, limits(), Loaders.selects("totalCount"));
    }

    /** The same, for a connection whose selection of `totalCount` is known ({@link PageShape#countsTotal}). */
    static PageRequest of(Order order, Integer first, String after, Integer last, String before, boolean countTotal) {
        return of(order, first, after, last, before, limits(), countTotal);
    }

    /**
     * The page that a connection field, selected below the field being resolved, asks for with its arguments (a
     * look-ahead: see {@link ServedConnections#parentWithPage}); `totalCount` is counted when it selects it.
     */
    static PageRequest of(Order order, Selection connection) {
        return of(order, ArgumentValues.intValue(connection.argument("first")), text(connection.argument("after")),
                ArgumentValues.intValue(connection.argument("last")), text(connection.argument("before")), limits(),
                connection.has("totalCount"));
    }

    private static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new BadUserInput("Not a string: " + value);
    }

    private static PageLimits limits() {
        if (limits == null) {
            limits = io.quarkus.arc.Arc.container().instance(PageLimits.class).get();
        }
        return limits;
    }

    /** Checks the arguments against the page limits; throws {@link BadUserInput} for any it cannot serve. */
    public static PageRequest of(Order order, Integer first, String after, Integer last, String before,
            PageLimits limits, boolean countTotal) {
        if (first != null && last != null) {
            throw new BadUserInput("Give `first` or `last`, not both.");
        }
        checkSize("first", first, limits);
        checkSize("last", last, limits);
        int size = first != null ? first : last != null ? last : limits.defaultSize();
        return new PageRequest(order, size, last != null,
                after == null ? null : order.decode(after), before == null ? null : order.decode(before), countTotal);
    }

    private static void checkSize(String name, Integer size, PageLimits limits) {
        if (size == null) {
            return;
        }
        if (size < 0) {
            throw new BadUserInput("`" + name + "` must not be negative.");
        }
        if (size > limits.maxSize()) {
            throw new BadUserInput("`" + name + "` may be at most " + limits.maxSize() + ", was " + size + ".");
        }
    }

    /** The keyset conditions of this page, joined with {@code and}, or an empty string. */
    String keysets() {
        String conditions = "";
        if (after != null) {
            conditions += " and " + order.keyset(true, "after");
        }
        if (before != null) {
            conditions += " and " + order.keyset(false, "before");
        }
        return conditions;
    }

    /** Binds the cursors' sort keys that {@link #keysets()} names. */
    void bindKeysets(java.util.function.BiConsumer<String, Object> bind) {
        for (int i = 0; after != null && i < after.size(); i++) {
            bind.accept("after" + i, after.get(i));
        }
        for (int i = 0; before != null && i < before.size(); i++) {
            bind.accept("before" + i, before.get(i));
        }
    }

    /**
     * The rows one statement reads for this page: one more than it returns, to know whether more follow. Written
     * into the statement as a number, not bound: the pool's connections plan each statement once, generically
     * (application.properties), and a generic plan guesses a tenth of the rows for a bound {@code limit}.
     */
    int rowsToRead() {
        return size + 1;
    }

    /**
     * The page out of the rows read (in reading order, one more than the page holds when more follow):
     * a page read backward is turned around, and the cursor on the side a client came from says more lie there.
     */
    <N> Slice<N> slice(List<N> rows, List<String> payloads, Integer total) {
        boolean more = rows.size() > size;
        List<N> items = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
        List<String> read = new ArrayList<>(payloads.subList(0, items.size()));
        if (backward) {
            Collections.reverse(items);
            Collections.reverse(read);
            return new Slice<>(Collections.unmodifiableList(items), new Cursors(order, read), before != null, more, total);
        }
        return new Slice<>(Collections.unmodifiableList(items), new Cursors(order, read), more, after != null, total);
    }

    /**
     * The cursors of a page's rows, each encoded from its row's payload when read: a query that selects no cursor
     * encodes none. A page read without cursors ({@link PageShape}) has null payloads, and null cursors, which its
     * edges hold but nothing reads.
     */
    private static final class Cursors extends AbstractList<String> {

        private final Order order;
        private final List<String> payloads;

        Cursors(Order order, List<String> payloads) {
            this.order = order;
            this.payloads = payloads;
        }

        @Override
        public String get(int index) {
            String payload = payloads.get(index);
            return payload == null ? null : order.cursor(payload);
        }

        @Override
        public int size() {
            return payloads.size();
        }
    }
}
