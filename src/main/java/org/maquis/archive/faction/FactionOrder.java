package org.maquis.archive.faction;

/** The orders of this package's nested lists; each ends with the row key, so that paging is stable. */
final class FactionOrder {

    /** Named things, A to Z. */
    static final String NAME = "name, rowId";

    /**
     * Rows that hold for a time, by the first day the row's dates name: its start, or else its end (a relation
     * known only to have ended in 2383 began by then). Rows the article leaves undated come last.
     */
    static final String FROM = "coalesce(from.earliest, from.latest, to.earliest, to.latest) nulls last, rowId";

    /** Rows in the order the article names them (the lore migration inserts them so). */
    static final String ARTICLE = "rowId";

    private FactionOrder() {
    }
}
