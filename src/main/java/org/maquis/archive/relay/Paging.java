package org.maquis.archive.relay;

/**
 * The descriptions of a connection's paging arguments, the same on every connection field:
 * {@code @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after, ...}.
 */
public final class Paging {

    public static final String FIRST = "Take this many from the start (or from `after`).";
    public static final String AFTER = "Start after this cursor.";
    public static final String LAST = "Take this many from the end (or from `before`).";
    public static final String BEFORE = "End before this cursor.";

    private Paging() {
    }
}
