package org.maquis.archive.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.maquis.archive.history.Change;
import org.maquis.archive.relay.Node;

/**
 * One committed change as the subscriptions deliver it: read once per instance by {@link ChangeFeed}, whatever the
 * number of subscribers, and handed to each of them.
 */
@Type("ArchiveChange")
@Description("A change committed to the archive, as a subscription delivers it.")
public class ArchiveChange {

    /** Its place in commit order (`change.seq`): what a cursor holds. */
    @Ignore
    public final long seq;

    @Ignore
    public final Change change;

    @Ignore
    public final Node record;

    public ArchiveChange(long seq, Change change, Node node) {
        this.seq = seq;
        this.change = change;
        this.record = node;
    }

    @NonNull
    @Description("Created, updated or deleted.")
    public Change.Kind getKind() {
        return change.kind;
    }

    @Description("The record as it is now: null once it is deleted (or when what changed is not a node, such as a"
            + " faction's founder).")
    public Node getNode() {
        return record;
    }

    @NonNull
    @Description("The change as the record's history keeps it: who made it, when, and its fields before and after.")
    public Change getHistory() {
        return change;
    }

    @NonNull
    @Description("Where this change stands in commit order: give it as `after` to `archiveChanged` to resume after it.")
    public String getCursor() {
        return ChangeCursor.encode(seq);
    }
}
