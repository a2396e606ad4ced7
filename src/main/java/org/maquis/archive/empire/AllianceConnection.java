package org.maquis.archive.empire;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of alliances between empires.")
public class AllianceConnection extends Connection<Alliance, AllianceConnection.AllianceEdge> {

    public AllianceConnection(Slice<Alliance> slice) {
        super(slice, AllianceEdge::new);
    }

    @Description("An alliance in a page, with its cursor.")
    public static class AllianceEdge extends Edge<Alliance> {
        AllianceEdge(String cursor, Alliance node) {
            super(cursor, node);
        }
    }
}
