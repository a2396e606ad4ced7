package org.maquis.archive.cell;

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
import org.maquis.archive.lore.EntryInput;
import org.maquis.archive.lore.TermChanges;

/**
 * Adding and changing cells, and appointing their leaders: each mutation maps its input to a {@link CellService}
 * operation and its result to a payload (deleting any record is `deleteRecord`).
 */
@GraphQLApi
public class CellEdits {

    @Inject
    Archivists archivists;

    @Inject
    CellService cells;

    @Input("AppointCellLeaderInput")
    @Description("A person who takes the lead of a cell, and when.")
    public static class AppointInput {
        @NonNull @Id @Description("The cell's id.") public String cell;
        @NonNull @Id @Description("The id of the new leader, a person of the cell's universe.") public String person;
        @NonNull @Description("When the leadership began; the leadership it replaces ends then.") public ApproximateDateInput from;
    }

    @Input("UpdateCellLeadershipInput")
    @Description("Changes to a cell leadership: fields left out stay as they are; `clear` empties its dates.")
    public static class UpdateCellLeadershipInput extends TermChanges {
    }

    @Description("What an appointment did: the new leadership, or what was wrong (then nothing changed).")
    public record LeadershipPayload(@Description("The new leadership; null when nothing changed.") CellLeadership leadership,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Appoints a cell's leader: every open leadership of the cell ends at `from`, and the new one begins then. "
            + "Needs the archivist role.")
    public Uni<@NonNull LeadershipPayload> appointCellLeader(@NonNull @Description("The cell, its new leader and when.") AppointInput input) {
        return archivists.edit("appointCellLeader", edit -> cells.appointLeader(edit, input), LeadershipPayload::new);
    }

    @Input("CreateCellInput")
    @Description("A cell to add. The slug is made from the name.")
    public static class CreateInput extends EntryInput {
        @NonNull @Id @Description("The id of the faction it belongs to, of its universe.") public String faction;
    }

    @Input("UpdateCellInput")
    @Description("Changes to a cell: fields left out or null stay as they are; `clear` empties optional ones.")
    public static class UpdateInput extends EntryChanges {
        @Id @Description("The id of a new value: the faction it belongs to, of its universe.") public String faction;
    }

    @Description("What a mutation of a cell did: it as it now is, or what was wrong (then nothing changed).")
    public record CellPayload(@Description("The cell as stored after the mutation; null when it changed nothing.") Cell cell,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds a cell. Needs the archivist role.")
    public Uni<@NonNull CellPayload> createCell(@NonNull @Description("What to add.") CreateInput input) {
        return archivists.edit("createCell", edit -> cells.create(edit, input), CellPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes a cell, at the version last read. Needs the archivist role.")
    public Uni<@NonNull CellPayload> updateCell(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.edit("updateCell", edit -> cells.update(edit, input), CellPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes a cell leadership, at the version last read. Needs the archivist role.")
    public Uni<@NonNull LeadershipPayload> updateCellLeadership(@NonNull @Description("What changes.") UpdateCellLeadershipInput input) {
        return archivists.edit("updateCellLeadership", edit -> cells.updateLeadership(edit, input), LeadershipPayload::new);
    }
}
