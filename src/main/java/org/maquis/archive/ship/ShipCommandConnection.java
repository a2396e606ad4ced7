package org.maquis.archive.ship;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of ship commands.")
public class ShipCommandConnection extends Connection<ShipCommand, ShipCommandConnection.ShipCommandEdge> {

    public ShipCommandConnection(Slice<ShipCommand> slice) {
        super(slice, ShipCommandEdge::new);
    }

    @Description("A ship command in a page, with its cursor.")
    public static class ShipCommandEdge extends Edge<ShipCommand> {
        ShipCommandEdge(String cursor, ShipCommand node) {
            super(cursor, node);
        }
    }
}
