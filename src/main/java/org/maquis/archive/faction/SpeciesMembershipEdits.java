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

/**
 * A species among a faction's ranks, added; a species is among a faction's ranks once (the table's unique rule).
 * Each mutation maps its input to a {@link FactionLinksService} operation and its result to a payload.
 */
@GraphQLApi
public class SpeciesMembershipEdits {

    @Inject
    Archivists archivists;

    @Inject
    FactionLinksService links;

    @Input("AddSpeciesMembershipInput")
    @Description("A species of the faction's universe among its ranks, why its members joined and since when.")
    public static class AddInput {
        @NonNull @Id @Description("The faction's id.") public String faction;
        @NonNull @Id @Description("The id of the species among its ranks.") public String species;
        @Description("Why members of the species joined, in the source's words; at most 200 characters.") public String reason;
        @Description("Since when, if the source says.") public ApproximateDateInput since;
    }

    @Input("UpdateSpeciesMembershipInput")
    @Description("Changes to a species' place in a faction's ranks: fields left out stay as they are.")
    public static class UpdateSpeciesMembershipInput {
        @NonNull @Id @Description("Its id.") public String id;
        @NonNull @Description("The version you read; a stale one changes nothing and is a `CONFLICT`.") public Integer version;
        @Description("A new reason, at most 200 characters.") public String reason;
        @Description("A new date since when.") public ApproximateDateInput since;
    }

    @Description("What adding a species to a faction's ranks did: the species membership, or what was wrong (then nothing changed).")
    public record SpeciesMembershipPayload(@Description("The species membership as stored; null when nothing changed.") SpeciesMembership speciesMembership,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds a species of a faction's universe to its ranks. Needs the archivist role.")
    public Uni<@NonNull SpeciesMembershipPayload> addSpeciesMembership(
            @NonNull @Description("The faction, the species, why and since when.") AddInput input) {
        return archivists.edit("addSpeciesMembership", edit -> links.addSpeciesMembership(edit, input), SpeciesMembershipPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes a species' place in a faction's ranks, at the version last read. Needs the archivist role.")
    public Uni<@NonNull SpeciesMembershipPayload> updateSpeciesMembership(@NonNull @Description("What changes.") UpdateSpeciesMembershipInput input) {
        return archivists.edit("updateSpeciesMembership", edit -> links.updateSpeciesMembership(edit, input), SpeciesMembershipPayload::new);
    }
}
