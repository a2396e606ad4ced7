package org.maquis.archive.ship;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.lore.Entries;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.data.Edits;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.relay.UserError;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.EntryInput;

/** Adding and changing ship classs (deleting any record is `deleteRecord`). */
@GraphQLApi
public class ShipClassEdits {

    private final Archivists archivists;

    public ShipClassEdits(Archivists archivists) {
        this.archivists = archivists;
    }

    @Input("CreateShipClassInput")
    @Description("A ship class to add. The slug is made from the name.")
    public static class CreateInput extends EntryInput {
    }

    @Input("UpdateShipClassInput")
    @Description("Changes to a ship class: fields left out or null stay as they are; `clear` empties optional ones.")
    public static class UpdateInput extends EntryChanges {
    }

    @Description("What a mutation of a ship class did: it as it now is, or what was wrong (then nothing changed).")
    public static class ShipClassPayload extends Payload {
        @Description("The ship class as stored after the mutation; null when it changed nothing.") public final ShipClass shipClass;

        ShipClassPayload(ShipClass shipClass) {
            this.shipClass = shipClass;
        }

        ShipClassPayload(List<UserError> userErrors) {
            super(userErrors);
            this.shipClass = null;
        }
    }

    @Mutation
    @NonNull
    @Description("Adds a ship class. Needs the archivist role.")
    public Uni<@NonNull ShipClassPayload> createShipClass(@NonNull @Description("What to add.") CreateInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "createShipClass", session -> {
            ShipClass shipClass = new ShipClass();
            input.applyTo(shipClass).orRefuse();

            return Entries.create(session, shipClass);
        }), ShipClassPayload::new, ShipClassPayload::new));
    }

    @Mutation
    @NonNull
    @Description("Changes a ship class, at the version last read. Needs the archivist role.")
    public Uni<@NonNull ShipClassPayload> updateShipClass(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "updateShipClass", session -> {
            input.check().orRefuse();
            return Edits.read(session, ShipClass.class, "id", input.id, input.version).chain(shipClass -> {
                boolean renamed = input.applyTo(shipClass);

                return Entries.followName(session, shipClass, renamed)
                        .chain(() -> Edits.update(session, shipClass));
            });
        }), ShipClassPayload::new, ShipClassPayload::new));
    }

}