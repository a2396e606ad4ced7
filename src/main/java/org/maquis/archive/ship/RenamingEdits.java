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
import org.maquis.archive.security.Archivists;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.errors.UserError;
import org.maquis.archive.lore.ApproximateDateInput;

/**
 * Renaming a ship outside a capture: the same hull in the same hands under a new name, in one transaction. The
 * mutation maps its input to a {@link ShipService} operation and its result to a payload.
 */
@GraphQLApi
public class RenamingEdits {

    @Inject
    Archivists archivists;

    @Inject
    ShipService ships;

    @Input("RenameShipInput")
    @Description("A ship's new name, when and by whom it was given. The new name is a new ship record, its slug made from the name.")
    public static class RenameInput {
        @NonNull @Id @Description("The ship's id, under its current name.") public String id;
        @NonNull @Description("The version you read; a stale one changes nothing and is a `CONFLICT`.") public Integer version;
        @NonNull @Description("The new name, 1 to 200 characters.") public String newName;
        @NonNull @Description("When it was renamed.") public ApproximateDateInput date;
        @Id @Description("The id of the person who renamed it, of the ship's universe, if the source says.") public String renamedBy;
        @Description("What the source says of the ship under its new name, 1 to 4000 characters; by default a sentence "
                + "naming its previous name.") public String description;
    }

    @Description("What a renaming did: the ship under its new name, or what was wrong (then nothing changed).")
    public record RenameShipPayload(@Description("The ship under its new name, `renamedFrom` its previous one; null when nothing changed.") Ship ship,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Renames a ship: a new record of the same hull, class and owners, the old one `renamedTo` it. "
            + "A ship already renamed is renamed under its later name. Needs the archivist role.")
    public Uni<@NonNull RenameShipPayload> renameShip(@NonNull @Description("The ship, its new name, when and by whom.") RenameInput input) {
        return archivists.edit("renameShip", edit -> ships.rename(edit, input), RenameShipPayload::new);
    }
}
