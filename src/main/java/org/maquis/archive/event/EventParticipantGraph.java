package org.maquis.archive.event;

import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.relay.Paging;
import org.maquis.archive.data.Repository;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;
import org.maquis.archive.person.Person;
import org.maquis.archive.relay.Node;
import org.maquis.archive.ship.Ship;

/** Event participants: the event, and who or what each one is. */
@GraphQLApi
public class EventParticipantGraph {

    @NonNull
    @Description("The event taken part in.")
    public CompletionStage<@NonNull Event> event(@Source EventParticipant participant) {
        return Repository.of(Event.class).load(participant.eventId);
    }

    @Description("The person who took part, if the participant is a person.")
    public CompletionStage<Person> person(@Source EventParticipant participant) {
        return Repository.of(Person.class).load(participant.personId);
    }

    @Description("The group that took part, if the participant is a group.")
    public CompletionStage<Faction> faction(@Source EventParticipant participant) {
        return Repository.of(Faction.class).load(participant.factionId);
    }

    @Description("The state that took part, if the participant is a state.")
    public CompletionStage<Empire> empire(@Source EventParticipant participant) {
        return Repository.of(Empire.class).load(participant.empireId);
    }

    @Description("The ship that took part, if the participant is a ship.")
    public CompletionStage<Ship> ship(@Source EventParticipant participant) {
        return Repository.of(Ship.class).load(participant.shipId);
    }

    @NonNull
    @Description("Whoever or whatever took part: the one of `person`, `faction`, `empire` or `ship` that is set.")
    public CompletionStage<@NonNull Node> participant(@Source EventParticipant participant) {
        // Exactly one of the four is set (the table checks it); its loader is the one every reference to that
        // type at this level shares, so a level costs one statement per kind present.
        if (participant.personId != null) {
            return Repository.of(Person.class).load(participant.personId).thenApply(Node.class::cast);
        }
        if (participant.factionId != null) {
            return Repository.of(Faction.class).load(participant.factionId).thenApply(Node.class::cast);
        }
        if (participant.empireId != null) {
            return Repository.of(Empire.class).load(participant.empireId).thenApply(Node.class::cast);
        }
        return Repository.of(Ship.class).load(participant.shipId).thenApply(Node.class::cast);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source EventParticipant eventParticipant,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(eventParticipant, first, after, last, before);
    }
}
