package org.maquis.archive.faction;

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
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Links;
import org.maquis.archive.species.Species;
import org.maquis.archive.data.Lock;

/** A species among a faction's ranks, added; a species is among a faction's ranks once (the table's unique rule). */
@GraphQLApi
public class SpeciesMembershipEdits {

    private final Archivists archivists;

    public SpeciesMembershipEdits(Archivists archivists) {
        this.archivists = archivists;
    }

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
    public static class SpeciesMembershipPayload extends Payload {
        @Description("The species membership as stored; null when nothing changed.") public final SpeciesMembership speciesMembership;

        SpeciesMembershipPayload(SpeciesMembership speciesMembership) {
            this.speciesMembership = speciesMembership;
        }

        SpeciesMembershipPayload(List<UserError> userErrors) {
            super(userErrors);
            this.speciesMembership = null;
        }
    }

    @Mutation
    @NonNull
    @Description("Adds a species of a faction's universe to its ranks. Needs the archivist role.")
    public Uni<@NonNull SpeciesMembershipPayload> addSpeciesMembership(
            @NonNull @Description("The faction, the species, why and since when.") AddInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "addSpeciesMembership", session -> {
            new Checks().text("reason", input.reason, Checks.NAME, false).date("since", input.since).orRefuse();
            SpeciesMembership membership = new SpeciesMembership();
            membership.reason = Checks.strip(input.reason);
            membership.since = input.since == null ? null : input.since.toDate();
            // The faction is locked until the species is added: additions to its ranks take turns.
            return Edits.referenced(session, Faction.class, "faction", input.faction, Lock.NO_KEY_UPDATE)
                    .chain(faction -> Edits.referenced(session, Species.class, "species", input.species).chain(species -> {
                        Links.sameUniverse("species", faction, species);
                        membership.factionId = faction.rowId;
                        membership.speciesId = species.rowId;
                        return Links.unlessLinked(session, "faction_species", "faction_id", faction.rowId, "species_id", species.rowId,
                                        "species", species.name + " are already among the ranks of " + faction.name + ".")
                                .chain(() -> Edits.create(session, membership));
                    }));
        }), SpeciesMembershipPayload::new, SpeciesMembershipPayload::new));
    }

    @Mutation
    @NonNull
    @Description("Changes a species' place in a faction's ranks, at the version last read. Needs the archivist role.")
    public Uni<@NonNull SpeciesMembershipPayload> updateSpeciesMembership(@NonNull @Description("What changes.") UpdateSpeciesMembershipInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "updateSpeciesMembership", session -> {
            new Checks().text("reason", input.reason, Checks.ROLE, false).date("since", input.since)
                    .orRefuse();
            return Edits.read(session, SpeciesMembership.class, "id", input.id, input.version).chain(membership -> {
                if (input.reason != null) {
                    membership.reason = input.reason.strip();
                }
                if (input.since != null) {
                    membership.since = input.since == null ? null : input.since.toDate();
                }
                return Edits.update(session, membership);
            });
        }), SpeciesMembershipPayload::new, SpeciesMembershipPayload::new));
    }
}
