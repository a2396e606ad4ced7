package org.maquis.archive.ship;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.event.Event;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.errors.UserError;
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.EntryInput;

/**
 * Ship captures: the event, the change of hands and, when the captor renames the ship, its new name as a new
 * record linked through `renamedTo`/`renamedFrom`, all in one transaction; and adding and changing ships. Each
 * mutation maps its input to a {@link ShipService} operation and its result to a payload.
 */
@GraphQLApi
public class ShipEdits {

    @Inject
    Archivists archivists;

    @Inject
    ShipService ships;

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
    public record CapturePayload(@Description("The capture, with the ship and its captor as participants.") Event event,
            @Description("The ship in its captor's hands, under its new name if it was renamed.") Ship ship,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {

        CapturePayload(ShipService.Capture changed) {
            this(changed.event(), changed.ship(), List.of());
        }

        CapturePayload(List<UserError> userErrors) {
            this(null, null, List.copyOf(userErrors));
        }
    }

    @Mutation
    @NonNull
    @Description("Records the capture of a ship: the event, its change of hands and, if renamed, its new name. "
            + "All or nothing; needs the archivist role.")
    public Uni<@NonNull CapturePayload> captureShip(@NonNull @Description("The capture.") CaptureInput input) {
        return archivists.edit("captureShip", edit -> ships.capture(edit, input), CapturePayload::new, CapturePayload::new);
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
    public record ShipPayload(@Description("The ship as stored after the mutation; null when it changed nothing.") Ship ship,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds a ship. Needs the archivist role.")
    public Uni<@NonNull ShipPayload> createShip(@NonNull @Description("What to add.") CreateInput input) {
        return archivists.edit("createShip", edit -> ships.create(edit, input), ShipPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes a ship, at the version last read. Needs the archivist role.")
    public Uni<@NonNull ShipPayload> updateShip(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.edit("updateShip", edit -> ships.update(edit, input), ShipPayload::new);
    }
}
