package org.maquis.archive.record;

import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Lock;
import org.maquis.archive.data.NodeType;
import org.maquis.archive.data.Row;
import org.maquis.archive.data.Versioned;
import org.maquis.archive.data.Writes;
import org.maquis.archive.errors.BadUserInput;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.relay.GlobalId;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.relay.UserError;
import org.maquis.archive.security.Archivists;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Deleting any record, whatever its type: one mutation, as the closed table of node types allows. */
@GraphQLApi
public class RecordEdits {

    private final Archivists archivists;

    public RecordEdits(Archivists archivists) {
        this.archivists = archivists;
    }

    @Input("DeleteRecordInput")
    @Description("The record to delete, at the version last read.")
    public static class DeleteInput {
        @NonNull @Id @Description("The record's id.") public String id;
        @NonNull @Description("The version you read; a stale one deletes nothing and is a `CONFLICT`.") public Integer version;
        @DefaultValue("false")
        @Description("Also remove what points to the record: references to it are emptied and links to it deleted. "
                + "Without it, a record that others point to is not deleted, and the error names them.")
        public boolean detach;
    }

    @Description("What a deletion did: the id deleted, or what was wrong (then nothing changed).")
    public static class DeletePayload extends Payload {
        @Id @Description("The id of the record deleted; null when nothing was.") public final String deletedId;

        DeletePayload(String deletedId, List<UserError> userErrors) {
            super(userErrors);
            this.deletedId = deletedId;
        }
    }

    @Mutation
    @NonNull
    @Description("Deletes a record of any type. Its id then resolves to null (NOT_FOUND); its history stays readable "
            + "through `history(of:)`. Needs the archivist role.")
    public Uni<@NonNull DeletePayload> deleteRecord(@NonNull @Description("The record to delete.") DeleteInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "deleteRecord", session -> {
            Class<? extends Row> entity = recordType(input.id);
            if (!Versioned.class.isAssignableFrom(entity)) {
                throw new Refused(UserError.badInput("id", "Records of this type are not deleted through the API."));
            }
            // Locked until the deletion ends: a write that references the record meanwhile waits, then finds
            // nothing; one that referenced it first is waited for, and counted among what points to it.
            return Edits.read(session, entity.asSubclass(Versioned.class), "id", input.id, input.version, Lock.UPDATE)
                    .chain(row -> Edits.delete(session, row, input.detach));
        }), ignored -> new DeletePayload(input.id, List.of()), errors -> new DeletePayload(null, errors)));
    }

    private static Class<? extends Row> recordType(String id) {
        GlobalId global;
        try {
            global = GlobalId.decode(id);
        } catch (BadUserInput e) {
            throw new Refused(UserError.badInput("id", e.getMessage()));
        }
        return NodeType.named(global.type()).map(NodeType::entity)
                .orElseThrow(() -> new Refused(UserError.notFound("id", "`" + id + "` names no record of the archive.")));
    }
}
