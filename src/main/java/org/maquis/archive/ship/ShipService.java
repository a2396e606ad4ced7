package org.maquis.archive.ship;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.data.Edit;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Lock;
import org.maquis.archive.data.Writes;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.event.Event;
import org.maquis.archive.event.EventKind;
import org.maquis.archive.event.Participants;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Entries;
import org.maquis.archive.lore.Entry;
import org.maquis.archive.lore.Links;
import org.maquis.archive.person.Person;
import org.maquis.archive.place.Place;
import org.maquis.archive.ship.RenamingEdits.RenameInput;
import org.maquis.archive.ship.ShipCommandEdits.UpdateShipCommandInput;
import org.maquis.archive.ship.ShipEdits.CaptureInput;
import org.maquis.archive.ship.ShipEdits.CreateInput;
import org.maquis.archive.ship.ShipEdits.ShipField;
import org.maquis.archive.ship.ShipEdits.UpdateInput;

/**
 * What archivists do to ships, each operation one transaction: adding and changing a ship, its capture, its
 * renaming and its commands. The input is checked, the rows read (and locked where a rule is about them) and written
 * through {@link ShipRepository} and {@link ShipCommandRepository}, the history signed ({@link Writes#sign}).
 * {@code @Version} checks that an update writes the version it read. A user error is thrown as {@code Refused} and
 * rolls everything back.
 */
@ApplicationScoped
public class ShipService {

    /** What a capture wrote: the capture event, and the ship in its captor's hands (its new name's record if renamed). */
    public record Capture(Event event, Ship ship) {
    }

    @Inject
    ShipRepository ships;

    @Inject
    ShipCommandRepository commands;

    /** Adds a ship at version 1, with the slug of its name, pointed at the class and holders the input names. */
    @WithTransaction
    public Uni<Ship> create(Edit edit, CreateInput input) {
        Ship ship = new Ship();
        return Writes.sign(edit).chain(() -> {
            input.applyTo(ship).orRefuse();
            ship.prototype = input.prototype != null && input.prototype;
            ship.version = 1;
            return Panache.getSession();
        }).chain(session -> references(session, ship, input.shipClass, input.faction, input.empire)
                .chain(() -> Entries.giveSlug(session, ship)))
                .chain(() -> ships.persist(ship));
    }

    /** Changes a ship at the version the archivist read; its slug follows a new name or universe. */
    @WithTransaction
    public Uni<Ship> update(Edit edit, UpdateInput input) {
        List<ShipField> clear = input.clear == null ? List.of() : input.clear;
        return Writes.sign(edit).chain(() -> {
            input.check()
                    .that(input.shipClass == null || !clear.contains(ShipField.SHIP_CLASS), "clear", "`shipClass` is both given and cleared.")
                    .that(input.faction == null || !clear.contains(ShipField.FACTION), "clear", "`faction` is both given and cleared.")
                    .that(input.empire == null || !clear.contains(ShipField.EMPIRE), "clear", "`empire` is both given and cleared.").orRefuse();
            return ships.atVersion("id", input.id, input.version);
        }).chain(ship -> {
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
            return Panache.getSession().chain(session -> references(session, ship, input.shipClass, input.faction, input.empire)
                    .chain(() -> Entries.followName(session, ship, renamed))).replaceWith(ship);
        });
    }

    /** Points the ship at what the given ids name, each checked to exist and be of the right type. */
    private static Uni<Void> references(Mutiny.Session session, Ship ship, String shipClass, String faction, String empire) {
        return Uni.createFrom().voidItem()
                .chain(() -> Edits.point(session, ShipClass.class, "shipClass", shipClass, r -> ship.shipClassId = r.rowId))
                .chain(() -> Edits.point(session, Faction.class, "faction", faction, r -> ship.factionId = r.rowId))
                .chain(() -> Edits.point(session, Empire.class, "empire", empire, r -> ship.empireId = r.rowId));
    }

    /**
     * Records a ship's capture: the event, with the ship and its captor as participants, the change of hands and,
     * when the captor renamed it, its new name as a new record.
     */
    @WithTransaction
    public Uni<Capture> capture(Edit edit, CaptureInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().date("date", input.date).text("description", input.description, Checks.DESCRIPTION, true)
                    .text("eventName", input.eventName, Checks.NAME, false).text("newName", input.newName, Checks.NAME, false)
                    .orRefuse();
            return Panache.getSession();
        }).chain(session ->
            // The ship is locked until the capture ends: captures of one ship take turns, each reading it as the one
            // before left it (renamed, or in other hands).
            Edits.referenced(session, Ship.class, "ship", input.ship, Lock.NO_KEY_UPDATE).chain(ship -> {
                Renamings.notYetRenamed(ship, "ship", "capture");
                return Participants.read(session, "captor", input.captor, Faction.class, Empire.class)
                        .chain(captor -> Edits.referenced(session, Place.class, "place", input.place)
                                .chain(place -> Edits.referenced(session, Person.class, "renamedBy", input.renamedBy)
                                        .chain(renamer -> capture(session, input, ship, captor, place, renamer))));
            }));
    }

    private Uni<Capture> capture(Mutiny.Session session, CaptureInput input, Ship ship, Entry captor, Place place, Person renamer) {
        Event event = new Event();
        event.name = input.eventName == null ? "Capture of " + ship.name : input.eventName.strip();
        event.universe = ship.universe;
        event.kind = EventKind.CAPTURE;
        event.description = input.description.strip();
        event.date = input.date.toDate();
        event.placeId = place == null ? null : place.rowId;
        event.version = 1;
        return Entries.giveSlug(session, event).chain(() -> session.persist(event))
                .chain(() -> takePart(session, event, "ship", ship, "captured"))
                .chain(() -> takePart(session, event, "captor", captor, "captor"))
                .chain(() -> {
                    if (input.newName != null) {
                        return rename(ship, input.newName, "The " + ship.name + " under the name its captors gave it.",
                                input.date.toDate(), renamer, next -> changeHands(next, captor)).map(now -> new Capture(event, now));
                    }
                    if (changeHands(ship, captor)) {
                        return Uni.createFrom().item(new Capture(event, ship));
                    }
                    // Taken by the captor that held it: nothing in the row changed, so nothing would be written at
                    // commit, yet each capture writes the ship at its next version (the turn it took).
                    return ships.nextVersion(session, ship).replaceWith(new Capture(event, ship));
                });
    }

    /** Adds {@code who} to {@code event} in {@code role} (the event is of this capture, stored just before). */
    private static Uni<Void> takePart(Mutiny.Session session, Event event, String field, Entry who, String role) {
        var participant = Participants.participant(event, field, who, role);
        participant.version = 1;
        return session.persist(participant);
    }

    /** Puts the ship in the captor's hands; whether they are other hands than those that held it. */
    private static boolean changeHands(Ship ship, Entry captor) {
        Long faction = captor instanceof Faction ? captor.rowId : null;
        Long empire = captor instanceof Empire ? captor.rowId : null;
        boolean changed = !Objects.equals(faction, ship.factionId) || !Objects.equals(empire, ship.empireId);
        ship.factionId = faction;
        ship.empireId = empire;
        return changed;
    }

    /** Renames a ship outside a capture: the same hull in the same hands under a new name. Gives the new record. */
    @WithTransaction
    public Uni<Ship> rename(Edit edit, RenameInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().text("newName", input.newName, Checks.NAME, true).date("date", input.date)
                    .text("description", input.description, Checks.DESCRIPTION, false).orRefuse();
            return Panache.getSession();
        }).chain(session ->
            // The ship is locked until it is renamed: of renamings from one version, the later reads the version the
            // earlier left (a name is renamed once: V7's unique renamed_to_id).
            Edits.read(session, Ship.class, "id", input.id, input.version, Lock.NO_KEY_UPDATE).chain(ship -> {
                Renamings.notYetRenamed(ship, "id", "rename");
                String description = input.description == null ? "The " + ship.name + " under its new name." : input.description.strip();
                return Edits.referenced(session, Person.class, "renamedBy", input.renamedBy)
                        .chain(renamer -> rename(ship, input.newName, description, input.date.toDate(), renamer, next -> {
                            next.factionId = ship.factionId;
                            next.empireId = ship.empireId;
                        }));
            }));
    }

    /**
     * Stores the ship's new name at version 1, with the slug of its name, and renames the managed {@code ship} to it
     * (written at commit, at the version read). Gives the new record.
     */
    private Uni<Ship> rename(Ship ship, String newName, String description, ApproximateDate date, Person renamer,
            Consumer<Ship> hands) {
        Ship next = Renamings.nextName(ship, newName, description, renamer, hands);
        next.version = 1;
        return Panache.getSession().chain(session -> Entries.giveSlug(session, next)).chain(() -> ships.persist(next))
                .invoke(created -> Renamings.renamedTo(ship, created, date, renamer));
    }

    /** Adds a person's command of a ship of their universe, in a role. */
    @WithTransaction
    public Uni<ShipCommand> addCommand(Edit edit, ShipCommandEdits.AddInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().text("role", input.role, Checks.ROLE, true).orRefuse();
            return Panache.getSession();
        }).chain(session ->
            // The ship is locked until the command is added: additions of its commands take turns (V12: a person
            // holds one command of a ship).
            Edits.referenced(session, Ship.class, "ship", input.ship, Lock.NO_KEY_UPDATE)
                    .chain(ship -> Edits.referenced(session, Person.class, "person", input.person).chain(person -> {
                        Links.sameUniverse("person", ship, person);
                        ShipCommand command = new ShipCommand();
                        command.shipId = ship.rowId;
                        command.personId = person.rowId;
                        command.role = input.role.strip();
                        command.version = 1;
                        return Links.unlessLinked(session, "ship_command", "ship_id", ship.rowId, "person_id", person.rowId, "person",
                                        person.name + " already holds a command of the " + ship.name + ": change that command's role instead.")
                                .chain(() -> commands.persist(command));
                    })));
    }

    /** Changes a ship command at the version the archivist read. */
    @WithTransaction
    public Uni<ShipCommand> updateCommand(Edit edit, UpdateShipCommandInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().text("role", input.role, Checks.ROLE, false).orRefuse();
            return commands.atVersion("id", input.id, input.version);
        }).invoke(command -> {
            if (input.role != null) {
                command.role = input.role.strip();
            }
        });
    }
}
