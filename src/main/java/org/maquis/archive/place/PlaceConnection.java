package org.maquis.archive.place;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of places.")
public class PlaceConnection extends Connection<Place, PlaceConnection.PlaceEdge> {

    public PlaceConnection(Slice<Place> slice) {
        super(slice, PlaceEdge::new);
    }

    @Description("A place in a page, with its cursor.")
    public static class PlaceEdge extends Edge<Place> {
        PlaceEdge(String cursor, Place node) {
            super(cursor, node);
        }
    }
}
