package org.maquis.archive.faction;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of factions.")
public class FactionConnection extends Connection<Faction, FactionConnection.FactionEdge> {

    public FactionConnection(Slice<Faction> slice) {
        super(slice, FactionEdge::new);
    }

    @Description("A faction in a page, with its cursor.")
    public static class FactionEdge extends Edge<Faction> {
        FactionEdge(String cursor, Faction node) {
            super(cursor, node);
        }
    }
}
