package org.maquis.archive.faction;

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
import org.maquis.archive.lore.TermChanges;

/**
 * A faction's stand against an empire, added. A faction opposes an empire once (the table's unique rule). Each
 * mutation maps its input to a {@link FactionLinksService} operation and its result to a payload.
 */
@GraphQLApi
public class OppositionEdits {

    @Inject
    Archivists archivists;

    @Inject
    FactionLinksService links;

    @Input("AddOppositionInput")
    @Description("A faction's stand against an empire of its universe, and when it held.")
    public static class AddInput {
        @NonNull @Id @Description("The id of the faction that opposes.") public String faction;
        @NonNull @Id @Description("The id of the empire opposed.") public String empire;
        @Description("When the opposition began, if the source says.") public ApproximateDateInput from;
        @Description("When it ended, if it did.") public ApproximateDateInput to;
    }

    @Input("UpdateOppositionInput")
    @Description("Changes to an opposition: fields left out stay as they are; `clear` empties its dates.")
    public static class UpdateOppositionInput extends TermChanges {
    }

    @Description("What adding an opposition did: the opposition, or what was wrong (then nothing changed).")
    public record OppositionPayload(@Description("The opposition as stored; null when nothing changed.") Opposition opposition,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds a faction's stand against an empire of its universe. Needs the archivist role.")
    public Uni<@NonNull OppositionPayload> addOpposition(@NonNull @Description("The faction, the empire and when.") AddInput input) {
        return archivists.edit("addOpposition", edit -> links.addOpposition(edit, input), OppositionPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes an opposition, at the version last read. Needs the archivist role.")
    public Uni<@NonNull OppositionPayload> updateOpposition(@NonNull @Description("What changes.") UpdateOppositionInput input) {
        return archivists.edit("updateOpposition", edit -> links.updateOpposition(edit, input), OppositionPayload::new);
    }
}
