package org.maquis.archive.lore;

import org.eclipse.microprofile.graphql.Description;

/** A date of a relation that holds for a time, which an update can empty. */
@Description("A date of a relation that holds for a time (a membership, a leadership), which an update can empty.")
public enum TermField {
    @Description("`from`: when it began.") FROM,
    @Description("`to`: when it ended (emptied, the relation holds again).") TO
}
