package org.maquis.archive.event;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of events.")
public class EventConnection extends Connection<Event, EventConnection.EventEdge> {

    public EventConnection(Slice<Event> slice) {
        super(slice, EventEdge::new);
    }

    @Description("An event in a page, with its cursor.")
    public static class EventEdge extends Edge<Event> {
        EventEdge(String cursor, Event node) {
            super(cursor, node);
        }
    }
}
