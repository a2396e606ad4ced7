package org.maquis.archive.lore;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every change of a relation that holds for a time names: the relation, the version read, and a new
 * beginning or end. A date left out or null stays as it is; `clear` empties one.
 */
public abstract class TermChanges {

    @Id
    @NonNull
    @Description("The id of what changes.")
    public String id;

    @NonNull
    @Description("The version you read; a stale one changes nothing and is a `CONFLICT`.")
    public Integer version;

    @Description("A new beginning.")
    public ApproximateDateInput from;

    @Description("A new end.")
    public ApproximateDateInput to;

    @Description("Dates to empty.")
    public List<@NonNull TermField> clear;

    /** Checks the dates; the checks go on with the relation's own fields. */
    public Checks check() {
        return new Checks().date("from", from).date("to", to)
                .that(from == null || !clears(TermField.FROM), "clear", "`from` is both given and cleared.")
                .that(to == null || !clears(TermField.TO), "clear", "`to` is both given and cleared.");
    }

    /** The beginning after this change, from the one stored. */
    public ApproximateDate newFrom(ApproximateDate stored) {
        return from != null ? from.toDate() : clears(TermField.FROM) ? null : stored;
    }

    /** The end after this change, from the one stored; refused when it would come before {@code begins}. */
    public ApproximateDate newTo(ApproximateDate stored, ApproximateDate begins) {
        ApproximateDate ends = to != null ? to.toDate() : clears(TermField.TO) ? null : stored;
        Links.inOrder(begins, ends);
        return ends;
    }

    /** Whether this change empties the end. */
    public boolean clearsTo() {
        return clears(TermField.TO);
    }

    private boolean clears(TermField field) {
        return clear != null && clear.contains(field);
    }
}
