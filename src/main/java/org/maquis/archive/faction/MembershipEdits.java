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
 * Memberships: a person's allegiance to a faction or an empire, added and changed. Deleting is {@code deleteRecord}.
 * Each mutation maps its input to a {@link FactionLinksService} operation and its result to a payload.
 */
@GraphQLApi
public class MembershipEdits {

    @Inject
    Archivists archivists;

    @Inject
    FactionLinksService links;

    @Input("AddMembershipInput")
    @Description("A person's allegiance to a faction or an empire (exactly one of the two), the role held and when.")
    public static class AddInput {
        @NonNull @Id @Description("The id of the member, a person of the faction's or empire's universe.") public String person;
        @Id @Description("The id of the faction belonged to; give this or `empire`.") public String faction;
        @Id @Description("The id of the empire served; give this or `faction`.") public String empire;
        @NonNull @Description("The role held, 1 to 200 characters (\"Captain\", \"co-founder\").") public String role;
        @Description("When the membership began, if the source says.") public ApproximateDateInput from;
        @Description("When it ended, if it did.") public ApproximateDateInput to;
    }

    @Input("UpdateMembershipInput")
    @Description("Changes to a membership: fields left out stay as they are; `clear` empties its dates.")
    public static class UpdateInput extends TermChanges {
        @Description("A new role.") public String role;
    }

    @Description("What a membership mutation did: the membership as it now is, or what was wrong (then nothing changed).")
    public record MembershipPayload(@Description("The membership as stored; null when nothing changed.") Membership membership,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds a person's membership of a faction or an empire of their universe. Needs the archivist role.")
    public Uni<@NonNull MembershipPayload> addMembership(@NonNull @Description("The member, what they belong to, their role and when.") AddInput input) {
        return archivists.edit("addMembership", edit -> links.addMembership(edit, input), MembershipPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes a membership's role or dates, at the version last read. Needs the archivist role.")
    public Uni<@NonNull MembershipPayload> updateMembership(@NonNull @Description("The membership and what changes.") UpdateInput input) {
        return archivists.edit("updateMembership", edit -> links.updateMembership(edit, input), MembershipPayload::new);
    }
}
