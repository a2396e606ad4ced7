package org.maquis.archive.graph;

import java.util.List;

/** The nodes of one page, where the page starts in the whole list, and how long the whole list is. */
public record Slice<N>(List<N> items, int offset, int total) {

    /** Cuts a page out of a list held in memory: how nested connections page their few nodes. */
    public static <N> Slice<N> of(List<N> all, Window window) {
        int from = Math.min(window.offset(), all.size());
        int to = Math.min(from + window.limit(), all.size());
        return new Slice<>(List.copyOf(all.subList(from, to)), from, all.size());
    }
}
