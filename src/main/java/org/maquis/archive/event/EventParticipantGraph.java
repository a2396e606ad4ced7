package org.maquis.archive.event;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.Node;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.person.Person;
import org.maquis.archive.ship.Ship;

/** Event participants: who or what each one is, and the events seen from the people, groups, states and ships. */
@GraphQLApi
public class EventParticipantGraph {

    /**
     * A participant's events on the timeline: participant rows hold only the event's key, so each sort key is
     * read from the event by a subquery, keeping this one statement. Mirrors {@link EventOrder#DATE_ASC}.
     */
    private static final String TIMELINE =
            "(select coalesce(e.date.earliest, e.date.latest) from Event e where e.rowId = eventId) asc nulls last, "
            + "(select e.date.latest from Event e where e.rowId = eventId) asc nulls last, eventId asc, rowId asc";

    private final PageLimits limits;

    public EventParticipantGraph(PageLimits limits) {
        this.limits = limits;
    }

    @NonNull
    @Description("The event taken part in.")
    public Uni<List<@NonNull Event>> event(@Source List<EventParticipant> participants) {
        return Batch.referenced(participants, p -> p.eventId, Event.class);
    }

    @Description("The person who took part, if the participant is a person.")
    public Uni<List<Person>> person(@Source List<EventParticipant> participants) {
        return Batch.referenced(participants, p -> p.personId, Person.class);
    }

    @Description("The group that took part, if the participant is a group.")
    public Uni<List<Faction>> faction(@Source List<EventParticipant> participants) {
        return Batch.referenced(participants, p -> p.factionId, Faction.class);
    }

    @Description("The state that took part, if the participant is a state.")
    public Uni<List<Empire>> empire(@Source List<EventParticipant> participants) {
        return Batch.referenced(participants, p -> p.empireId, Empire.class);
    }

    @Description("The ship that took part, if the participant is a ship.")
    public Uni<List<Ship>> ship(@Source List<EventParticipant> participants) {
        return Batch.referenced(participants, p -> p.shipId, Ship.class);
    }

    @NonNull
    @Description("Whoever or whatever took part: the one of `person`, `faction`, `empire` or `ship` that is set.")
    public Uni<List<@NonNull Node>> participant(@Source List<EventParticipant> participants) {
        // One statement per kind present at this level (none for a kind no participant has), read side by side.
        return Uni.combine().all().unis(
                Batch.referenced(participants, p -> p.personId, Person.class),
                Batch.referenced(participants, p -> p.factionId, Faction.class),
                Batch.referenced(participants, p -> p.empireId, Empire.class),
                Batch.referenced(participants, p -> p.shipId, Ship.class))
                .with((people, factions, empires, ships) -> {
                    List<Node> nodes = new ArrayList<>(participants.size());
                    for (int i = 0; i < participants.size(); i++) {
                        nodes.add(firstSet(people.get(i), factions.get(i), empires.get(i), ships.get(i)));
                    }
                    return nodes;
                });
    }

    private static Node firstSet(Node... candidates) {
        for (Node candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    @Name("events")
    @NonNull
    @Description("The events this person took part in, and how, earliest first.")
    public Uni<List<@NonNull EventParticipantConnection>> personEvents(@Source List<Person> people,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(people, EventParticipant.class, "personId", p -> p.personId, TIMELINE),
                first, after, last, before, limits, EventParticipantConnection::new);
    }

    @Name("events")
    @NonNull
    @Description("The events this group took part in, and how, earliest first.")
    public Uni<List<@NonNull EventParticipantConnection>> factionEvents(@Source List<Faction> factions,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(factions, EventParticipant.class, "factionId", p -> p.factionId, TIMELINE),
                first, after, last, before, limits, EventParticipantConnection::new);
    }

    @Name("events")
    @NonNull
    @Description("The events this state took part in, and how, earliest first.")
    public Uni<List<@NonNull EventParticipantConnection>> empireEvents(@Source List<Empire> empires,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(empires, EventParticipant.class, "empireId", p -> p.empireId, TIMELINE),
                first, after, last, before, limits, EventParticipantConnection::new);
    }

    @Name("events")
    @NonNull
    @Description("The events this ship took part in under this name, and how, earliest first.")
    public Uni<List<@NonNull EventParticipantConnection>> shipEvents(@Source List<Ship> ships,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(ships, EventParticipant.class, "shipId", p -> p.shipId, TIMELINE),
                first, after, last, before, limits, EventParticipantConnection::new);
    }


}
