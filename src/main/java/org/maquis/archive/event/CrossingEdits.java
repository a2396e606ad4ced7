package org.maquis.archive.event;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.lore.Entries;
import org.maquis.archive.event.EventEdits.EventPayload;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Universe;
import org.maquis.archive.person.Person;
import org.maquis.archive.place.Place;
import org.maquis.archive.ship.Ship;

/**
 * Crossings between the universes: the event, of kind CROSSING with the universes left and reached, and its
 * travellers as participants who "crossed", in one transaction. As in the lore, a crossing belongs to the
 * universe it departs from.
 */
@GraphQLApi
public class CrossingEdits {

    /** The role of every traveller of a crossing. */
    static final String CROSSED = "crossed";

    private final Archivists archivists;

    public CrossingEdits(Archivists archivists) {
        this.archivists = archivists;
    }

    @Input("RecordCrossingInput")
    @Description("People and ships crossing from one universe to the other, and when and where. The slug is made from the name.")
    public static class RecordInput {
        @NonNull @Description("The name of the crossing, 1 to 200 characters (\"Major Kira crosses to the primary universe\").")
        public String name;
        @NonNull @Description("What the source says of it, 1 to 4000 characters.") public String description;
        @NonNull @Description("The universe left; the crossing is recorded in it.") public Universe from;
        @NonNull @Description("The universe reached; not the one left.") public Universe to;
        @Description("When it happened.") public ApproximateDateInput date;
        @Id @Description("The id of the place it happened.") public String place;
        @NonNull @Id @Description("The ids of the people and ships who crossed, at least one, each once.") public List<@NonNull String> travellers;
    }

    @Mutation
    @NonNull
    @Description("Records a crossing between the universes with its travellers (people and ships), all or nothing. "
            + "Needs the archivist role.")
    public Uni<@NonNull EventPayload> recordCrossing(@NonNull @Description("The crossing.") RecordInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "recordCrossing", session -> {
            List<String> travellers = input.travellers == null ? List.of() : input.travellers;
            Checks checks = new Checks().text("name", input.name, Checks.NAME, true)
                    .text("description", input.description, Checks.DESCRIPTION, true).date("date", input.date)
                    .that(input.from != input.to, "to", "A crossing reaches the other universe: `to` must differ from `from`.")
                    .that(!travellers.isEmpty(), "travellers", "A crossing needs at least one traveller.");
            Participants.namedOnce(checks, travellers, "travellers.", "");
            checks.orRefuse();
            Event event = new Event();
            event.name = input.name.strip();
            event.universe = input.from;
            event.description = input.description.strip();
            event.kind = EventKind.CROSSING;
            event.fromUniverse = input.from;
            event.toUniverse = input.to;
            event.date = input.date == null ? null : input.date.toDate();
            Uni<Event> recorded = Edits.referenced(session, Place.class, "place", input.place)
                    .invoke(place -> event.placeId = place == null ? null : place.rowId)
                    .chain(() -> Entries.create(session, event));
            for (int i = 0; i < travellers.size(); i++) {
                String field = "travellers." + i;
                String id = travellers.get(i);
                recorded = recorded.call(e -> Participants.read(session, field, id, Person.class, Ship.class)
                        .chain(who -> Participants.add(session, e, field, who, CROSSED)));
            }
            return recorded;
        }), EventPayload::new, EventPayload::new));
    }
}
