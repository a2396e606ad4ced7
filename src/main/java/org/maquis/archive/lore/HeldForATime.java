package org.maquis.archive.lore;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Ignore;
import org.maquis.archive.data.Versioned;

/**
 * A relation that holds for a time (a membership, a leadership, an alliance...). Its table keeps the date it
 * sorts by (V5__keyset_orders.sql says which, table by table), which PostgreSQL computes from the row.
 */
@MappedSuperclass
public abstract class HeldForATime extends Versioned {

    /** The row's sort key in {@code Order.SORT_DATE}; never written, read only because its row is. */
    @Ignore
    @Column(insertable = false, updatable = false)
    public LocalDate sortDate;
}
