package org.maquis.archive.event;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.data.Edit;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Lock;
import org.maquis.archive.data.Writes;
import org.maquis.archive.event.EventEdits.AddParticipantInput;
import org.maquis.archive.event.EventEdits.EventField;
import org.maquis.archive.event.EventEdits.ParticipantInput;
import org.maquis.archive.event.EventEdits.RecordInput;
import org.maquis.archive.event.EventEdits.UpdateEventParticipantInput;
import org.maquis.archive.event.EventEdits.UpdateInput;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Entries;
import org.maquis.archive.lore.Entry;
import org.maquis.archive.lore.Hierarchies;
import org.maquis.archive.person.Person;
import org.maquis.archive.place.Place;
import org.maquis.archive.ship.Ship;

/**
 * What archivists do to events, their participants and the crossings between the universes, each operation one
 * transaction: the input checked, the rows read (and locked where a rule needs it) and written through
 * {@link EventRepository} and {@link EventParticipantRepository}, the history signed ({@link Writes#sign}).
 * {@code @Version} checks that an update writes the version it read. A user error is thrown as {@code Refused} and
 * rolls everything back.
 */
@ApplicationScoped
public class EventService {

    /** The role of every traveller of a crossing. */
    static final String CROSSED = "crossed";

    @Inject
    EventRepository events;

    @Inject
    EventParticipantRepository participants;

    /** Records an event at version 1 with its place and participants, all or nothing. */
    @WithTransaction
    public Uni<Event> record(Edit edit, RecordInput input) {
        List<ParticipantInput> taking = input.participants == null ? List.of() : input.participants;
        return Writes.sign(edit).chain(() -> {
            Checks checks = new Checks().text("name", input.name, Checks.NAME, true)
                    .text("description", input.description, Checks.DESCRIPTION, true)
                    .text("target", input.target, Checks.NAME, false).date("date", input.date);
            for (int i = 0; i < taking.size(); i++) {
                checks.text("participants." + i + ".role", taking.get(i).role, Checks.ROLE, true);
            }
            Participants.namedOnce(checks, taking.stream().map(p -> p.id).toList(), "participants.", ".id");
            checks.orRefuse();
            Event event = new Event();
            event.name = Checks.strip(input.name);
            event.universe = input.universe;
            event.description = Checks.strip(input.description);
            event.kind = input.kind;
            event.date = input.date == null ? null : input.date.toDate();
            event.target = Checks.strip(input.target);
            return Panache.getSession().chain(session -> {
                Uni<Event> recorded = created(session, event, input.place);
                for (int i = 0; i < taking.size(); i++) {
                    String field = "participants." + i + ".id";
                    ParticipantInput who = taking.get(i);
                    recorded = recorded.call(e -> Participants.read(session, field, who.id)
                            .chain(entry -> takesPart(e, field, entry, who.role)));
                }
                return recorded;
            });
        });
    }

    /**
     * Records a crossing at version 1: an event of kind CROSSING, of the universe left, with its travellers (people
     * and ships) as participants who "crossed", all or nothing.
     */
    @WithTransaction
    public Uni<Event> recordCrossing(Edit edit, CrossingEdits.RecordInput input) {
        List<String> travellers = input.travellers == null ? List.of() : input.travellers;
        return Writes.sign(edit).chain(() -> {
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
            return Panache.getSession().chain(session -> {
                Uni<Event> recorded = created(session, event, input.place);
                for (int i = 0; i < travellers.size(); i++) {
                    String field = "travellers." + i;
                    String id = travellers.get(i);
                    recorded = recorded.call(e -> Participants.read(session, field, id, Person.class, Ship.class)
                            .chain(who -> takesPart(e, field, who, CROSSED)));
                }
                return recorded;
            });
        });
    }

    /** Stores a new event at version 1, at the place {@code place} names (checked), with the slug of its name. */
    private Uni<Event> created(Mutiny.Session session, Event event, String place) {
        event.version = 1;
        return Edits.referenced(session, Place.class, "place", place)
                .invoke(found -> event.placeId = found == null ? null : found.rowId)
                .chain(() -> Entries.giveSlug(session, event))
                .chain(() -> events.persist(event));
    }

    /** Adds {@code who} to {@code event} in {@code role} ({@link Participants#participant}). */
    private Uni<EventParticipant> takesPart(Event event, String field, Entry who, String role) {
        return Uni.createFrom().item(() -> Participants.participant(event, field, who, role)).chain(participants::add);
    }

    /**
     * Adds one participant to a recorded event. The event is locked until the participant is added: additions to one
     * event take turns, the later one seeing the earlier's participant (V12: one takes part in an event once).
     */
    @WithTransaction
    public Uni<EventParticipant> addParticipant(Edit edit, AddParticipantInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().text("role", input.role, Checks.ROLE, true).orRefuse();
            return Panache.getSession();
        }).chain(session -> Edits.referenced(session, Event.class, "event", input.event, Lock.NO_KEY_UPDATE)
                .chain(event -> Participants.read(session, "participant", input.participant)
                        .call(who -> Participants.unlessTakingPart(session, event, "participant", who))
                        .chain(who -> takesPart(event, "participant", who, input.role))));
    }

    /**
     * Changes an event at the version the archivist read; its slug follows a new name or universe. A new event it
     * follows is checked under the hierarchy's lock: events never follow themselves, directly or not.
     */
    @WithTransaction
    public Uni<Event> update(Edit edit, UpdateInput input) {
        List<EventField> clear = input.clear == null ? List.of() : input.clear;
        return Writes.sign(edit).chain(() -> {
            input.check().date("date", input.date).text("target", input.target, Checks.NAME, false)
                    .that(input.date == null || !clear.contains(EventField.DATE), "clear", "`date` is both given and cleared.")
                    .that(input.place == null || !clear.contains(EventField.PLACE), "clear", "`place` is both given and cleared.")
                    .that(input.target == null || !clear.contains(EventField.TARGET), "clear", "`target` is both given and cleared.")
                    .that(input.follows == null || !clear.contains(EventField.FOLLOWS), "clear", "`follows` is both given and cleared.").orRefuse();
            return events.atVersion("id", input.id, input.version);
        }).chain(event -> {
            boolean renamed = input.applyTo(event);
            Long followed = event.followsId;
            if (input.kind != null) {
                event.kind = input.kind;
            }
            if (input.date != null || clear.contains(EventField.DATE)) {
                event.date = input.date == null ? null : input.date.toDate();
            }
            if (input.target != null || clear.contains(EventField.TARGET)) {
                event.target = Checks.strip(input.target);
            }
            if (clear.contains(EventField.PLACE)) {
                event.placeId = null;
            }
            if (clear.contains(EventField.FOLLOWS)) {
                event.followsId = null;
            }
            return Panache.getSession().chain(session -> references(session, event, input.place, input.follows)
                    .invoke(() -> Hierarchies.notItself("follows", event.rowId, event.followsId, "An event does not follow itself."))
                    .chain(() -> Hierarchies.unlessLoop(session, "event", "follows_id", event.rowId, followed, event.followsId,
                            "follows", e -> event.name + " cannot follow " + e + ": " + e + " follows " + event.name
                                    + ", directly or through other events."))
                    .chain(() -> Entries.followName(session, event, renamed)))
                    .replaceWith(event);
        });
    }

    /** Points the event at what the given ids name, each checked to exist and be of the right type. */
    private static Uni<Void> references(Mutiny.Session session, Event event, String place, String follows) {
        return Uni.createFrom().voidItem()
                .chain(() -> Edits.point(session, Place.class, "place", place, r -> event.placeId = r.rowId))
                .chain(() -> Edits.point(session, Event.class, "follows", follows, r -> event.followsId = r.rowId));
    }

    /** Changes a participant's role at the version the archivist read. */
    @WithTransaction
    public Uni<EventParticipant> updateParticipant(Edit edit, UpdateEventParticipantInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().text("role", input.role, Checks.ROLE, false).orRefuse();
            return participants.atVersion("id", input.id, input.version);
        }).invoke(participant -> {
            if (input.role != null) {
                participant.role = input.role.strip();
            }
        });
    }
}
