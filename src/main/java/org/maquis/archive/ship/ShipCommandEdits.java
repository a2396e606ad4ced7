package org.maquis.archive.ship;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.data.Edits;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.relay.UserError;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Links;
import org.maquis.archive.person.Person;
import org.maquis.archive.data.Lock;

/** Ship commands, added: a person of the ship's universe in command of it, in a role. */
@GraphQLApi
public class ShipCommandEdits {

    private final Archivists archivists;

    public ShipCommandEdits(Archivists archivists) {
        this.archivists = archivists;
    }

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
    public static class ShipCommandPayload extends Payload {
        @Description("The command as stored; null when nothing changed.") public final ShipCommand shipCommand;

        ShipCommandPayload(ShipCommand shipCommand) {
            this.shipCommand = shipCommand;
        }

        ShipCommandPayload(List<UserError> userErrors) {
            super(userErrors);
            this.shipCommand = null;
        }
    }

    @Mutation
    @NonNull
    @Description("Adds a person's command of a ship of their universe. Needs the archivist role.")
    public Uni<@NonNull ShipCommandPayload> addShipCommand(@NonNull @Description("The ship, its commander and the role.") AddInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "addShipCommand", session -> {
            new Checks().text("role", input.role, Checks.ROLE, true).orRefuse();
            // The ship is locked until the command is added: additions of its commands take turns (V12: a person
            // holds one command of a ship).
            return Edits.referenced(session, Ship.class, "ship", input.ship, Lock.NO_KEY_UPDATE)
                    .chain(ship -> Edits.referenced(session, Person.class, "person", input.person).chain(person -> {
                        Links.sameUniverse("person", ship, person);
                        ShipCommand command = new ShipCommand();
                        command.shipId = ship.rowId;
                        command.personId = person.rowId;
                        command.role = input.role.strip();
                        return Links.unlessLinked(session, "ship_command", "ship_id", ship.rowId, "person_id", person.rowId, "person",
                                        person.name + " already holds a command of the " + ship.name + ": change that command's role instead.")
                                .chain(() -> Edits.create(session, command));
                    }));
        }), ShipCommandPayload::new, ShipCommandPayload::new));
    }

    @Mutation
    @NonNull
    @Description("Changes a ship command, at the version last read. Needs the archivist role.")
    public Uni<@NonNull ShipCommandPayload> updateShipCommand(@NonNull @Description("What changes.") UpdateShipCommandInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "updateShipCommand", session -> {
            new Checks().text("role", input.role, Checks.ROLE, false)
                    .orRefuse();
            return Edits.read(session, ShipCommand.class, "id", input.id, input.version).chain(command -> {
                if (input.role != null) {
                    command.role = input.role.strip();
                }
                return Edits.update(session, command);
            });
        }), ShipCommandPayload::new, ShipCommandPayload::new));
    }
}
