package org.maquis.archive.ship;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of ship classes.")
public class ShipClassConnection extends Connection<ShipClass, ShipClassConnection.ShipClassEdge> {

    public ShipClassConnection(Slice<ShipClass> slice) {
        super(slice, ShipClassEdge::new);
    }

    @Description("A ship class in a page, with its cursor.")
    public static class ShipClassEdge extends Edge<ShipClass> {
        ShipClassEdge(String cursor, ShipClass node) {
            super(cursor, node);
        }
    }
}
