package org.maquis.archive.cell;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of cell leaderships.")
public class CellLeadershipConnection extends Connection<CellLeadership, CellLeadershipConnection.CellLeadershipEdge> {

    public CellLeadershipConnection(Slice<CellLeadership> slice) {
        super(slice, CellLeadershipEdge::new);
    }

    @Description("A cell leadership in a page, with its cursor.")
    public static class CellLeadershipEdge extends Edge<CellLeadership> {
        CellLeadershipEdge(String cursor, CellLeadership node) {
            super(cursor, node);
        }
    }
}
