package org.maquis.archive.event;

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
import org.maquis.archive.security.Archivists;
import org.maquis.archive.data.Edits;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.relay.UserError;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.Universe;
import org.maquis.archive.place.Place;
import org.maquis.archive.lore.Hierarchies;
import org.maquis.archive.data.Lock;

/** Recording events (the event, its date and place, and who took part, in one transaction) and changing them. */
@GraphQLApi
public class EventEdits {

    private final Archivists archivists;

    public EventEdits(Archivists archivists) {
        this.archivists = archivists;
    }

    @Input("RecordEventInput")
    @Description("An event to record, with its date, place and participants. The slug is made from the name.")
    public static class RecordInput {
        @NonNull @Description("The name, 1 to 200 characters.") public String name;
        @NonNull @Description("The universe it happened in.") public Universe universe;
        @NonNull @Description("What the source says of it, 1 to 4000 characters.") public String description;
        @NonNull @Description("What sort of event it is.") public EventKind kind;
        @Description("When it happened.") public ApproximateDateInput date;
        @Id @Description("The id of the place it happened.") public String place;
        @Description("Its target, in the source's words, where it had one.") public String target;
        @Description("Who or what took part, and how.") public List<@NonNull ParticipantInput> participants;
    }

    @Input("ParticipantInput")
    @Description("One who took part in an event: a person, faction, empire or ship, and the part played.")
    public static class ParticipantInput {
        @NonNull @Id @Description("The id of a person, faction, empire or ship.") public String id;
        @NonNull @Description("The part played, 1 to 200 characters (\"raider\", \"killed\").") public String role;
    }

    @Input("UpdateEventInput")
    @Description("Changes to an event: fields left out or null stay as they are; `clear` empties optional ones.")
    public static class UpdateInput extends EntryChanges {
        @Description("A new value. What sort of event it is.") public EventKind kind;
        @Description("A new value. When it happened.") public ApproximateDateInput date;
        @Id @Description("The id of a new value: the place it happened.") public String place;
        @Description("A new value. Its target, in the source's words.") public String target;
        @Id @Description("The id of a new value: the event it follows.") public String follows;
        @Description("Optional fields to empty.") public List<@NonNull EventField> clear;
    }

    @Description("An optional field of an event that an update can empty.")
    public enum EventField {
        @Description("`date`.") DATE,
        @Description("`place`.") PLACE,
        @Description("`target`.") TARGET,
        @Description("`follows`.") FOLLOWS
    }

    @Description("What an event mutation did: the event as it now is, or what was wrong (then nothing changed).")
    public static class EventPayload extends Payload {
        @Description("The event as stored; null when nothing changed.") public final Event event;

        EventPayload(Event event) {
            this.event = event;
        }

        EventPayload(List<UserError> userErrors) {
            super(userErrors);
            this.event = null;
        }
    }

    @Mutation
    @NonNull
    @Description("Records an event with its date, place and participants, all or nothing. Needs the archivist role.")
    public Uni<@NonNull EventPayload> recordEvent(@NonNull @Description("The event.") RecordInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "recordEvent", session -> {
            List<ParticipantInput> participants = input.participants == null ? List.of() : input.participants;
            Checks checks = new Checks().text("name", input.name, Checks.NAME, true)
                    .text("description", input.description, Checks.DESCRIPTION, true)
                    .text("target", input.target, Checks.NAME, false).date("date", input.date);
            for (int i = 0; i < participants.size(); i++) {
                checks.text("participants." + i + ".role", participants.get(i).role, Checks.ROLE, true);
            }
            Participants.namedOnce(checks, participants.stream().map(p -> p.id).toList(), "participants.", ".id");
            checks.orRefuse();
            Event event = new Event();
            event.name = Checks.strip(input.name);
            event.universe = input.universe;
            event.description = Checks.strip(input.description);
            event.kind = input.kind;
            event.date = input.date == null ? null : input.date.toDate();
            event.target = Checks.strip(input.target);
            Uni<Event> recorded = Edits.referenced(session, Place.class, "place", input.place)
                    .invoke(place -> event.placeId = place == null ? null : place.rowId)
                    .chain(() -> Entries.create(session, event));
            for (int i = 0; i < participants.size(); i++) {
                int at = i;
                recorded = recorded.call(e -> participant(session, e, "participants." + at + ".id", participants.get(at)));
            }
            return recorded;
        }), EventPayload::new, EventPayload::new));
    }

    @Input("AddParticipantInput")
    @Description("One more who took part in a recorded event: a person, faction, empire or ship of its universe, and the part played.")
    public static class AddParticipantInput {
        @NonNull @Id @Description("The event's id.") public String event;
        @NonNull @Id @Description("The id of a person, faction, empire or ship.") public String participant;
        @NonNull @Description("The part played, 1 to 200 characters (\"raider\", \"killed\").") public String role;
    }

    @Input("UpdateParticipantInput")
    @Description("Changes to a participant's part in an event: fields left out stay as they are.")
    public static class UpdateEventParticipantInput {
        @NonNull @Id @Description("Its id.") public String id;
        @NonNull @Description("The version you read; a stale one changes nothing and is a `CONFLICT`.") public Integer version;
        @Description("A new role, 1 to 200 characters.") public String role;
    }

    @Description("What adding a participant did: the participation, or what was wrong (then nothing changed).")
    public static class EventParticipantPayload extends Payload {
        @Description("The participation as stored, with its event; null when nothing changed.") public final EventParticipant participant;

        EventParticipantPayload(EventParticipant participant) {
            this.participant = participant;
        }

        EventParticipantPayload(List<UserError> userErrors) {
            super(userErrors);
            this.participant = null;
        }
    }

    @Mutation
    @NonNull
    @Description("Adds one who took part in an event, of the event's universe (for a crossing, of either universe it joins). "
            + "Needs the archivist role.")
    public Uni<@NonNull EventParticipantPayload> addParticipant(@NonNull @Description("The event, the participant and the part played.")
            AddParticipantInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "addParticipant", session -> {
            new Checks().text("role", input.role, Checks.ROLE, true).orRefuse();
            // The event is locked until the participant is added: additions to one event take turns, the later one
            // seeing the earlier's participant (V12: one takes part in an event once).
            return Edits.referenced(session, Event.class, "event", input.event, Lock.NO_KEY_UPDATE)
                    .chain(event -> Participants.read(session, "participant", input.participant)
                            .call(who -> Participants.unlessTakingPart(session, event, "participant", who))
                            .chain(who -> Participants.add(session, event, "participant", who, input.role)));
        }), EventParticipantPayload::new, EventParticipantPayload::new));
    }

    /** Adds one participant to the event, checking that its id names a person, faction, empire or ship. */
    private static Uni<EventParticipant> participant(Mutiny.StatelessSession session, Event event, String field, ParticipantInput input) {
        return Participants.read(session, field, input.id)
                .chain(who -> Participants.add(session, event, field, who, input.role));
    }

    @Mutation
    @NonNull
    @Description("Changes an event, at the version last read. Needs the archivist role.")
    public Uni<@NonNull EventPayload> updateEvent(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "updateEvent", session -> {
            List<EventField> clear = input.clear == null ? List.of() : input.clear;
            input.check().date("date", input.date).text("target", input.target, Checks.NAME, false)
                    .that(input.date == null || !clear.contains(EventField.DATE), "clear", "`date` is both given and cleared.")
                    .that(input.place == null || !clear.contains(EventField.PLACE), "clear", "`place` is both given and cleared.")
                    .that(input.target == null || !clear.contains(EventField.TARGET), "clear", "`target` is both given and cleared.")
                    .that(input.follows == null || !clear.contains(EventField.FOLLOWS), "clear", "`follows` is both given and cleared.").orRefuse();
            return Edits.read(session, Event.class, "id", input.id, input.version).chain(event -> {
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
                return references(session, event, input.place, input.follows)
                        .invoke(() -> Hierarchies.notItself("follows", event.rowId, event.followsId, "An event does not follow itself."))
                        .chain(() -> Hierarchies.unlessLoop(session, "event", "follows_id", event.rowId, followed, event.followsId,
                                "follows", e -> event.name + " cannot follow " + e + ": " + e + " follows " + event.name
                                        + ", directly or through other events."))
                        .chain(() -> Entries.followName(session, event, renamed))
                        .chain(() -> Edits.update(session, event));
            });
        }), EventPayload::new, EventPayload::new));
    }

    /** Points the event at what the given ids name, each checked to exist and be of the right type. */
    private static Uni<Void> references(Mutiny.StatelessSession session, Event event, String place, String follows) {
        return Uni.createFrom().voidItem()
                .chain(() -> Edits.point(session, Place.class, "place", place, r -> event.placeId = r.rowId))
                .chain(() -> Edits.point(session, Event.class, "follows", follows, r -> event.followsId = r.rowId));
    }

    @Mutation
    @NonNull
    @Description("Changes a participant's part in an event, at the version last read. Needs the archivist role.")
    public Uni<@NonNull EventParticipantPayload> updateParticipant(@NonNull @Description("What changes.") UpdateEventParticipantInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "updateParticipant", session -> {
            new Checks().text("role", input.role, Checks.ROLE, false)
                    .orRefuse();
            return Edits.read(session, EventParticipant.class, "id", input.id, input.version).chain(participant -> {
                if (input.role != null) {
                    participant.role = input.role.strip();
                }
                return Edits.update(session, participant);
            });
        }), EventParticipantPayload::new, EventParticipantPayload::new));
    }
}
