package org.maquis.archive.faction;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of factions' oppositions to empires.")
public class OppositionConnection extends Connection<Opposition, OppositionConnection.OppositionEdge> {

    public OppositionConnection(Slice<Opposition> slice) {
        super(slice, OppositionEdge::new);
    }

    @Description("An opposition in a page, with its cursor.")
    public static class OppositionEdge extends Edge<Opposition> {
        OppositionEdge(String cursor, Opposition node) {
            super(cursor, node);
        }
    }
}
