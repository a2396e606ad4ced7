package org.maquis.archive.event;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of event participants.")
public class EventParticipantConnection
        extends Connection<EventParticipant, EventParticipantConnection.EventParticipantEdge> {

    public EventParticipantConnection(Slice<EventParticipant> slice) {
        super(slice, EventParticipantEdge::new);
    }

    @Description("An event participant in a page, with its cursor.")
    public static class EventParticipantEdge extends Edge<EventParticipant> {
        EventParticipantEdge(String cursor, EventParticipant node) {
            super(cursor, node);
        }
    }
}
