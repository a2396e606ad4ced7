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
import org.maquis.archive.lore.Entries;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.event.Event;
import org.maquis.archive.event.EventKind;
import org.maquis.archive.event.Participants;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.data.Edits;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.relay.UserError;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Entry;
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.EntryInput;
import org.maquis.archive.person.Person;
import org.maquis.archive.place.Place;
import org.maquis.archive.data.Lock;

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
    public static class CapturePayload extends Payload {
        @Description("The capture, with the ship and its captor as participants.") public final Event event;
        @Description("The ship in its captor's hands, under its new name if it was renamed.") public final Ship ship;

        CapturePayload(Event event, Ship ship) {
            this.event = event;
            this.ship = ship;
        }

        CapturePayload(List<UserError> userErrors) {
            super(userErrors);
            this.event = null;
            this.ship = null;
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
            // The ship is locked until the capture ends: captures of one ship take turns, each reading it as the one
            // before left it (renamed, or in other hands).
            return Edits.referenced(session, Ship.class, "ship", input.ship, Lock.NO_KEY_UPDATE).chain(ship -> {
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
        return Entries.create(session, event)
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

    @Input("CreateShipInput")
    @Description("A ship to add. The slug is made from the name.")
    public static class CreateInput extends EntryInput {
        @Description("Whether it is a prototype (false if not given on creation).") public Boolean prototype;
        @Id @Description("The id of its class.") public String shipClass;
        @Id @Description("The id of the faction that holds it.") public String faction;
        @Id @Description("The id of the empire that holds it.") public String empire;
    }

    @Input("UpdateShipInput")
    @Description("Changes to a ship: fields left out or null stay as they are; `clear` empties optional ones.")
    public static class UpdateInput extends EntryChanges {
        @Description("A new value. Whether it is a prototype (false if not given on creation).") public Boolean prototype;
        @Id @Description("The id of a new value: its class.") public String shipClass;
        @Id @Description("The id of a new value: the faction that holds it.") public String faction;
        @Id @Description("The id of a new value: the empire that holds it.") public String empire;
        @Description("Optional fields to empty.") public List<@NonNull ShipField> clear;
    }

    @Description("An optional field of a ship that an update can empty.")
    public enum ShipField {
        @Description("`shipClass`.") SHIP_CLASS,
        @Description("`faction`.") FACTION,
        @Description("`empire`.") EMPIRE
    }

    @Description("What a mutation of a ship did: it as it now is, or what was wrong (then nothing changed).")
    public static class ShipPayload extends Payload {
        @Description("The ship as stored after the mutation; null when it changed nothing.") public final Ship ship;

        ShipPayload(Ship ship) {
            this.ship = ship;
        }

        ShipPayload(List<UserError> userErrors) {
            super(userErrors);
            this.ship = null;
        }
    }

    @Mutation
    @NonNull
    @Description("Adds a ship. Needs the archivist role.")
    public Uni<@NonNull ShipPayload> createShip(@NonNull @Description("What to add.") CreateInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "createShip", session -> {
            Ship ship = new Ship();
            input.applyTo(ship).orRefuse();
            ship.prototype = input.prototype != null && input.prototype;
            return references(session, ship, input.shipClass, input.faction, input.empire)
                    .chain(() -> Entries.create(session, ship));
        }), ShipPayload::new, ShipPayload::new));
    }

    @Mutation
    @NonNull
    @Description("Changes a ship, at the version last read. Needs the archivist role.")
    public Uni<@NonNull ShipPayload> updateShip(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "updateShip", session -> {
            List<ShipField> clear = input.clear == null ? List.of() : input.clear;
            input.check()
                    .that(input.shipClass == null || !clear.contains(ShipField.SHIP_CLASS), "clear", "`shipClass` is both given and cleared.")
                    .that(input.faction == null || !clear.contains(ShipField.FACTION), "clear", "`faction` is both given and cleared.")
                    .that(input.empire == null || !clear.contains(ShipField.EMPIRE), "clear", "`empire` is both given and cleared.").orRefuse();
            return Edits.read(session, Ship.class, "id", input.id, input.version).chain(ship -> {
                boolean renamed = input.applyTo(ship);
                if (input.prototype != null) {
                    ship.prototype = input.prototype;
                }
                if (clear.contains(ShipField.SHIP_CLASS)) {
                    ship.shipClassId = null;
                }
                if (clear.contains(ShipField.FACTION)) {
                    ship.factionId = null;
                }
                if (clear.contains(ShipField.EMPIRE)) {
                    ship.empireId = null;
                }
                return references(session, ship, input.shipClass, input.faction, input.empire)
                        .chain(() -> Entries.followName(session, ship, renamed))
                        .chain(() -> Edits.update(session, ship));
            });
        }), ShipPayload::new, ShipPayload::new));
    }

    /** Points the ship at what the given ids name, each checked to exist and be of the right type. */
    private static Uni<Void> references(Mutiny.StatelessSession session, Ship ship, String shipClass, String faction, String empire) {
        return Uni.createFrom().voidItem()
                .chain(() -> Edits.point(session, ShipClass.class, "shipClass", shipClass, r -> ship.shipClassId = r.rowId))
                .chain(() -> Edits.point(session, Faction.class, "faction", faction, r -> ship.factionId = r.rowId))
                .chain(() -> Edits.point(session, Empire.class, "empire", empire, r -> ship.empireId = r.rowId));
    }
}
