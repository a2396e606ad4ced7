package org.maquis.archive.ship;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of ships.")
public class ShipConnection extends Connection<Ship, ShipConnection.ShipEdge> {

    public ShipConnection(Slice<Ship> slice) {
        super(slice, ShipEdge::new);
    }

    @Description("A ship in a page, with its cursor.")
    public static class ShipEdge extends Edge<Ship> {
        ShipEdge(String cursor, Ship node) {
            super(cursor, node);
        }
    }
}
