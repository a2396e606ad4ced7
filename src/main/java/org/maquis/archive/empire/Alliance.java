package org.maquis.archive.empire;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.graph.Row;
import org.maquis.archive.lore.ApproximateDate;

/**
 * An alliance of two empires. The table stores each pair once (lower id first), but a reader asks "who are
 * this empire's allies", so {@link #seenFrom} turns a row to face the empire it is read from.
 */
@Entity
@Description("An alliance between two empires, seen from `empire`: `ally` is the other side.")
public class Alliance extends Row {

    @Ignore
    public Long empireId;

    @Ignore
    public Long allyId;

    @Embedded
    @EmbeddedColumnNaming("formed_%s")
    @Description("When the alliance was formed, or null if the article does not say.")
    public ApproximateDate formed;

    /**
     * This alliance with {@code empireRowId} as its `empire`. The turned copy is a plain object, never
     * managed by a session, so the stored row is left as it is.
     */
    Alliance seenFrom(Long empireRowId) {
        if (empireRowId.equals(empireId)) {
            return this;
        }
        Alliance turned = new Alliance();
        turned.rowId = rowId;
        turned.empireId = allyId;
        turned.allyId = empireId;
        turned.formed = formed;
        return turned;
    }
}
