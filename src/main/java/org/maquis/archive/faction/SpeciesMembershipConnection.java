package org.maquis.archive.faction;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of species among factions' ranks.")
public class SpeciesMembershipConnection
        extends Connection<SpeciesMembership, SpeciesMembershipConnection.SpeciesMembershipEdge> {

    public SpeciesMembershipConnection(Slice<SpeciesMembership> slice) {
        super(slice, SpeciesMembershipEdge::new);
    }

    @Description("A species membership in a page, with its cursor.")
    public static class SpeciesMembershipEdge extends Edge<SpeciesMembership> {
        SpeciesMembershipEdge(String cursor, SpeciesMembership node) {
            super(cursor, node);
        }
    }
}
