package org.maquis.archive.history;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of a record's history, newest first.")
public class ChangeConnection extends Connection<Change, ChangeConnection.ChangeEdge> {

    public ChangeConnection(Slice<Change> slice) {
        super(slice, ChangeEdge::new);
    }

    @Description("A change in a page, with its cursor.")
    public static class ChangeEdge extends Edge<Change> {
        ChangeEdge(String cursor, Change node) {
            super(cursor, node);
        }
    }
}
