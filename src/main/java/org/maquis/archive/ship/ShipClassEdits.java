package org.maquis.archive.ship;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.errors.UserError;
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.EntryInput;

/**
 * The ship classes' mutations: each maps its input to a {@link ShipClassService} operation and its result to a
 * payload (deleting any record is `deleteRecord`).
 */
@GraphQLApi
public class ShipClassEdits {

    @Inject
    Archivists archivists;

    @Inject
    ShipClassService classes;

    @Input("CreateShipClassInput")
    @Description("A ship class to add. The slug is made from the name.")
    public static class CreateInput extends EntryInput {
    }

    @Input("UpdateShipClassInput")
    @Description("Changes to a ship class: fields left out or null stay as they are; `clear` empties optional ones.")
    public static class UpdateInput extends EntryChanges {
    }

    @Description("What a mutation of a ship class did: it as it now is, or what was wrong (then nothing changed).")
    public record ShipClassPayload(@Description("The ship class as stored after the mutation; null when it changed nothing.") ShipClass shipClass,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds a ship class. Needs the archivist role.")
    public Uni<@NonNull ShipClassPayload> createShipClass(@NonNull @Description("What to add.") CreateInput input) {
        return archivists.edit("createShipClass", edit -> classes.create(edit, input), ShipClassPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes a ship class, at the version last read. Needs the archivist role.")
    public Uni<@NonNull ShipClassPayload> updateShipClass(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.edit("updateShipClass", edit -> classes.update(edit, input), ShipClassPayload::new);
    }
}
