package org.maquis.archive.event;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.errors.UserError;
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.Universe;

/**
 * Recording events (the event, its date and place, and who took part, in one transaction) and changing them: each
 * mutation maps its input to an {@link EventService} operation and its result to a payload.
 */
@GraphQLApi
public class EventEdits {

    @Inject
    Archivists archivists;

    @Inject
    EventService events;

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
    public record EventPayload(@Description("The event as stored; null when nothing changed.") Event event,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Records an event with its date, place and participants, all or nothing. Needs the archivist role.")
    public Uni<@NonNull EventPayload> recordEvent(@NonNull @Description("The event.") RecordInput input) {
        return archivists.edit("recordEvent", edit -> events.record(edit, input), EventPayload::new);
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
    public record EventParticipantPayload(@Description("The participation as stored, with its event; null when nothing changed.") EventParticipant participant,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds one who took part in an event, of the event's universe (for a crossing, of either universe it joins). "
            + "Needs the archivist role.")
    public Uni<@NonNull EventParticipantPayload> addParticipant(@NonNull @Description("The event, the participant and the part played.")
            AddParticipantInput input) {
        return archivists.edit("addParticipant", edit -> events.addParticipant(edit, input), EventParticipantPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes an event, at the version last read. Needs the archivist role.")
    public Uni<@NonNull EventPayload> updateEvent(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.edit("updateEvent", edit -> events.update(edit, input), EventPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes a participant's part in an event, at the version last read. Needs the archivist role.")
    public Uni<@NonNull EventParticipantPayload> updateParticipant(@NonNull @Description("What changes.") UpdateEventParticipantInput input) {
        return archivists.edit("updateParticipant", edit -> events.updateParticipant(edit, input), EventParticipantPayload::new);
    }
}
