package org.maquis.archive.faction;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of leaderships of factions.")
public class FactionLeadershipConnection
        extends Connection<FactionLeadership, FactionLeadershipConnection.FactionLeadershipEdge> {

    public FactionLeadershipConnection(Slice<FactionLeadership> slice) {
        super(slice, FactionLeadershipEdge::new);
    }

    @Description("A leadership in a page, with its cursor.")
    public static class FactionLeadershipEdge extends Edge<FactionLeadership> {
        FactionLeadershipEdge(String cursor, FactionLeadership node) {
            super(cursor, node);
        }
    }
}
