package org.maquis.archive.faction;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of memberships of factions or empires.")
public class MembershipConnection extends Connection<Membership, MembershipConnection.MembershipEdge> {

    public MembershipConnection(Slice<Membership> slice) {
        super(slice, MembershipEdge::new);
    }

    @Description("A membership in a page, with its cursor.")
    public static class MembershipEdge extends Edge<Membership> {
        MembershipEdge(String cursor, Membership node) {
            super(cursor, node);
        }
    }
}
