package org.maquis.archive.ship;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.event.Event;
import org.maquis.archive.event.EventKind;
import org.maquis.archive.event.Participants;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.graph.Archivists;
import org.maquis.archive.graph.Edits;
import org.maquis.archive.graph.UserError;
import org.maquis.archive.graph.Writes;
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Entry;
import org.maquis.archive.person.Person;
import org.maquis.archive.place.Place;

/**
 * Ship captures: the event, the change of hands and, when the captor renames the ship, its new name as a new
 * record linked through `renamedTo`/`renamedFrom`, all in one transaction.
 */
@GraphQLApi
public class ShipEdits {

    private final Archivists archivists;

    public ShipEdits(Archivists archivists) {
        this.archivists = archivists;
    }

    @Input("CaptureShipInput")
    @Description("A ship taken by a faction or an empire, and what became of its name.")
    public static class CaptureInput {
        @NonNull @Id @Description("The ship taken.") public String ship;
        @NonNull @Id @Description("The faction or empire that took it.") public String captor;
        @NonNull @Description("When it was taken.") public ApproximateDateInput date;
        @Id @Description("Where it was taken.") public String place;
        @NonNull @Description("What the source says of the capture, 1 to 4000 characters.") public String description;
        @Description("The name of the capture event; by default \"Capture of\" and the ship's name.") public String eventName;
        @Description("The name the captor gave the ship, if it renamed it: a new ship record, the old one `renamedTo` it.")
        public String newName;
        @Id @Description("The person who renamed it, if the source says.") public String renamedBy;
    }

    @Description("What a capture did: the capture event and the ship as it now is (its new name's record if renamed), "
            + "or what was wrong (then nothing changed).")
    public static class CapturePayload {
        @Description("The capture, with the ship and its captor as participants.") public final Event event;
        @Description("The ship in its captor's hands, under its new name if it was renamed.") public final Ship ship;
        @NonNull @Description("What the caller got wrong; empty when the mutation landed.") public final List<@NonNull UserError> userErrors;

        CapturePayload(Event event, Ship ship) {
            this.event = event;
            this.ship = ship;
            this.userErrors = List.of();
        }

        CapturePayload(List<UserError> userErrors) {
            this.event = null;
            this.ship = null;
            this.userErrors = userErrors;
        }
    }

    private record Captured(Event event, Ship ship) {
    }

    @Mutation
    @NonNull
    @Description("Records the capture of a ship: the event, its change of hands and, if renamed, its new name. "
            + "All or nothing; needs the archivist role.")
    public Uni<@NonNull CapturePayload> captureShip(@NonNull @Description("The capture.") CaptureInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "captureShip", session -> {
            new Checks().date("date", input.date).text("description", input.description, Checks.DESCRIPTION, true)
                    .text("eventName", input.eventName, Checks.NAME, false).text("newName", input.newName, Checks.NAME, false)
                    .orRefuse();
            return Edits.referenced(session, Ship.class, "ship", input.ship).chain(ship -> {
                Renamings.notYetRenamed(ship, "ship", "capture");
                return Participants.read(session, "captor", input.captor, Faction.class, Empire.class)
                        .chain(captor -> Edits.referenced(session, Place.class, "place", input.place)
                                .chain(place -> Edits.referenced(session, Person.class, "renamedBy", input.renamedBy)
                                        .chain(renamer -> capture(session, input, ship, captor, place, renamer))));
            });
        }), c -> new CapturePayload(c.event(), c.ship()), CapturePayload::new));
    }

    private static Uni<Captured> capture(Mutiny.StatelessSession session, CaptureInput input, Ship ship, Entry captor,
            Place place, Person renamer) {
        Event event = new Event();
        event.name = input.eventName == null ? "Capture of " + ship.name : input.eventName.strip();
        event.universe = ship.universe;
        event.kind = EventKind.CAPTURE;
        event.description = input.description.strip();
        event.date = input.date.toDate();
        event.placeId = place == null ? null : place.rowId;
        return Edits.create(session, event)
                .call(e -> Participants.add(session, e, "ship", ship, "captured"))
                .call(e -> Participants.add(session, e, "captor", captor, "captor"))
                .chain(e -> {
                    if (input.newName != null) {
                        return Renamings.rename(session, ship, input.newName, "The " + ship.name + " under the name its captors gave it.",
                                input.date.toDate(), renamer, next -> changeHands(next, captor)).map(now -> new Captured(e, now));
                    }
                    changeHands(ship, captor);
                    return Edits.update(session, ship).map(now -> new Captured(e, now));
                });
    }

    private static void changeHands(Ship ship, Entry captor) {
        ship.factionId = captor instanceof Faction ? captor.rowId : null;
        ship.empireId = captor instanceof Empire ? captor.rowId : null;
    }
}
