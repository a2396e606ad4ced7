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
 * Faction leaderships, added and changed. Unlike appointCellLeader, adding one closes no other: a faction's
 * leaderships may overlap (Marlena Moreau and Sarek led the Maquis side by side). Each mutation maps its input to a
 * {@link FactionLinksService} operation and its result to a payload.
 */
@GraphQLApi
public class FactionLeadershipEdits {

    @Inject
    Archivists archivists;

    @Inject
    FactionLinksService links;

    @Input("AddFactionLeaderInput")
    @Description("A person's time at the head of a faction.")
    public static class AddInput {
        @NonNull @Id @Description("The faction's id.") public String faction;
        @NonNull @Id @Description("The id of the leader, a person of the faction's universe.") public String person;
        @Description("When the leadership began, if the source says.") public ApproximateDateInput from;
        @Description("When it ended, if it did.") public ApproximateDateInput to;
    }

    @Input("UpdateFactionLeadershipInput")
    @Description("Changes to a faction leadership's dates: fields left out stay as they are; `clear` empties them.")
    public static class UpdateInput extends TermChanges {
    }

    @Description("What a faction leadership mutation did: the leadership as it now is, or what was wrong (then nothing changed).")
    public record FactionLeadershipPayload(@Description("The leadership as stored; null when nothing changed.") FactionLeadership leadership,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds a leader of a faction, a person of its universe, with when. Needs the archivist role.")
    public Uni<@NonNull FactionLeadershipPayload> addFactionLeader(@NonNull @Description("The faction, its leader and when.") AddInput input) {
        return archivists.edit("addFactionLeader", edit -> links.addLeader(edit, input), FactionLeadershipPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes when a faction leadership began or ended, at the version last read. Needs the archivist role.")
    public Uni<@NonNull FactionLeadershipPayload> updateFactionLeadership(
            @NonNull @Description("The leadership and its new dates.") UpdateInput input) {
        return archivists.edit("updateFactionLeadership", edit -> links.updateLeadership(edit, input), FactionLeadershipPayload::new);
    }
}
