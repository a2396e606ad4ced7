package org.maquis.archive.person;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of spy assignments.")
public class SpyAssignmentConnection extends Connection<SpyAssignment, SpyAssignmentConnection.SpyAssignmentEdge> {

    public SpyAssignmentConnection(Slice<SpyAssignment> slice) {
        super(slice, SpyAssignmentEdge::new);
    }

    @Description("A spy assignment in a page, with its cursor.")
    public static class SpyAssignmentEdge extends Edge<SpyAssignment> {
        SpyAssignmentEdge(String cursor, SpyAssignment node) {
            super(cursor, node);
        }
    }
}
