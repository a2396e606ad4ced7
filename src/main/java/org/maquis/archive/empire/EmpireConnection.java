package org.maquis.archive.empire;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of empires.")
public class EmpireConnection extends Connection<Empire, EmpireConnection.EmpireEdge> {

    public EmpireConnection(Slice<Empire> slice) {
        super(slice, EmpireEdge::new);
    }

    @Description("An empire in a page, with its cursor.")
    public static class EmpireEdge extends Edge<Empire> {
        EmpireEdge(String cursor, Empire node) {
            super(cursor, node);
        }
    }
}
