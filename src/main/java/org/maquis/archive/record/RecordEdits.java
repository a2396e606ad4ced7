package org.maquis.archive.record;

import org.maquis.archive.relay.Payload;
import org.maquis.archive.errors.UserError;
import org.maquis.archive.security.Archivists;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
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

    @Inject
    Archivists archivists;

    @Inject
    RecordService records;

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
    public record DeletePayload(@Id @Description("The id of the record deleted; null when nothing was.") String deletedId,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Deletes a record of any type. Its id then resolves to null (NOT_FOUND); its history stays readable "
            + "through `history(of:)`. Needs the archivist role.")
    public Uni<@NonNull DeletePayload> deleteRecord(@NonNull @Description("The record to delete.") DeleteInput input) {
        return archivists.edit("deleteRecord", edit -> records.delete(edit, input).replaceWith(input.id), DeletePayload::new);
    }
}
