package org.maquis.archive.empire;

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
 * Alliances between empires, added. An alliance is stored once, the smaller row key as `empire` (the table's
 * rule), so either empire may be named first. Each mutation maps its input to an {@link EmpireService} operation and
 * its result to a payload.
 */
@GraphQLApi
public class AllianceEdits {

    @Inject
    Archivists archivists;

    @Inject
    EmpireService empires;

    @Input("AddAllianceInput")
    @Description("Two empires of one universe allied with each other, named in either order, and when it was formed.")
    public static class AddInput {
        @NonNull @Id @Description("The id of one empire.") public String empire;
        @NonNull @Id @Description("The id of the empire it allied with.") public String ally;
        @Description("When the alliance was formed, if the source says.") public ApproximateDateInput formed;
    }

    @Input("UpdateAllianceInput")
    @Description("Changes to an alliance: fields left out stay as they are.")
    public static class UpdateAllianceInput {
        @NonNull @Id @Description("Its id.") public String id;
        @NonNull @Description("The version you read; a stale one changes nothing and is a `CONFLICT`.") public Integer version;
        @Description("A new date of forming.") public ApproximateDateInput formed;
    }

    @Description("What adding an alliance did: the alliance, or what was wrong (then nothing changed).")
    public record AlliancePayload(@Description("The alliance as stored; null when nothing changed.") Alliance alliance,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds an alliance between two empires of one universe. Needs the archivist role.")
    public Uni<@NonNull AlliancePayload> addAlliance(@NonNull @Description("The two empires and when they allied.") AddInput input) {
        return archivists.edit("addAlliance", edit -> empires.addAlliance(edit, input), AlliancePayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes an alliance, at the version last read. Needs the archivist role.")
    public Uni<@NonNull AlliancePayload> updateAlliance(@NonNull @Description("What changes.") UpdateAllianceInput input) {
        return archivists.edit("updateAlliance", edit -> empires.updateAlliance(edit, input), AlliancePayload::new);
    }
}
