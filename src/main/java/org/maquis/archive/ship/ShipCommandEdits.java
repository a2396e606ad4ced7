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

/**
 * Ship commands, added: a person of the ship's universe in command of it, in a role. Each mutation maps its input to
 * a {@link ShipService} operation and its result to a payload.
 */
@GraphQLApi
public class ShipCommandEdits {

    @Inject
    Archivists archivists;

    @Inject
    ShipService ships;

    @Input("AddShipCommandInput")
    @Description("A person's command of a ship of their universe, in the source's words.")
    public static class AddInput {
        @NonNull @Id @Description("The ship's id.") public String ship;
        @NonNull @Id @Description("The id of the person in command.") public String person;
        @NonNull @Description("The command held, 1 to 200 characters (\"captain\", \"commander\").") public String role;
    }

    @Input("UpdateShipCommandInput")
    @Description("Changes to a ship command: fields left out stay as they are.")
    public static class UpdateShipCommandInput {
        @NonNull @Id @Description("Its id.") public String id;
        @NonNull @Description("The version you read; a stale one changes nothing and is a `CONFLICT`.") public Integer version;
        @Description("A new role, 1 to 200 characters.") public String role;
    }

    @Description("What adding a ship command did: the command, or what was wrong (then nothing changed).")
    public record ShipCommandPayload(@Description("The command as stored; null when nothing changed.") ShipCommand shipCommand,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds a person's command of a ship of their universe. Needs the archivist role.")
    public Uni<@NonNull ShipCommandPayload> addShipCommand(@NonNull @Description("The ship, its commander and the role.") AddInput input) {
        return archivists.edit("addShipCommand", edit -> ships.addCommand(edit, input), ShipCommandPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes a ship command, at the version last read. Needs the archivist role.")
    public Uni<@NonNull ShipCommandPayload> updateShipCommand(@NonNull @Description("What changes.") UpdateShipCommandInput input) {
        return archivists.edit("updateShipCommand", edit -> ships.updateCommand(edit, input), ShipCommandPayload::new);
    }
}
