package org.maquis.archive.graph;

import io.smallrye.mutiny.Uni;

/**
 * The `first`/`after`/`last`/`before` arguments of a connection, checked once so that every connection
 * pages the same way. Positions are resolved against the length of the whole list.
 */
public record PageRequest(Integer first, Integer after, Integer last, Integer before) {

    /** Checks the arguments against the page limits; throws {@link BadUserInput} for any it cannot serve. */
    public static PageRequest of(Integer first, String after, Integer last, String before, PageLimits limits) {
        if (first != null && last != null) {
            throw new BadUserInput("Give `first` or `last`, not both.");
        }
        checkSize("first", first, limits);
        checkSize("last", last, limits);
        Integer size = first == null && last == null ? Integer.valueOf(limits.defaultSize()) : first;
        return new PageRequest(size, after == null ? null : Cursor.decode(after),
                last, before == null ? null : Cursor.decode(before));
    }

    /**
     * The same check inside a Uni, for batched nested fields: SmallRye reports an exception thrown before a
     * batched {@code @Source List<...>} resolver returns as code `runtime`, while a failed Uni keeps its code.
     */
    public static Uni<PageRequest> checked(Integer first, String after, Integer last, String before, PageLimits limits) {
        return Uni.createFrom().item(() -> of(first, after, last, before, limits));
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

    /** The rows this request covers in a list of `total` rows. */
    public Window window(int total) {
        int start = after == null ? 0 : Math.min(after + 1, total);
        int end = before == null ? total : Math.min(before, total);
        end = Math.max(start, end);
        if (first != null) {
            end = Math.min(end, start + first);
        }
        if (last != null) {
            start = Math.max(start, end - last);
        }
        return new Window(start, end - start);
    }
}
