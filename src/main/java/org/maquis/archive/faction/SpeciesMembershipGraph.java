package org.maquis.archive.faction;

import java.util.concurrent.CompletionStage;
import org.maquis.archive.data.Repository;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.species.Species;

/** The species among the factions' ranks: both ends of a {@link SpeciesMembership}. */
@GraphQLApi
public class SpeciesMembershipGraph {

    @Name("species")
    @NonNull
    @Description("The species among this faction's ranks, each with why they joined and since when, "
            + "in the article's order.")
    public CompletionStage<@NonNull SpeciesMembershipConnection> factionSpecies(@Source Faction faction,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.FACTION_SPECIES.page(faction, first, after, last, before, SpeciesMembershipConnection::new);
    }

    @Name("factions")
    @NonNull
    @Description("The factions whose ranks include this species, each with why its members joined and since when.")
    public CompletionStage<@NonNull SpeciesMembershipConnection> speciesFactions(@Source Species species,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.SPECIES_FACTIONS.page(species, first, after, last, before, SpeciesMembershipConnection::new);
    }

    @NonNull
    @Description("The faction.")
    public CompletionStage<@NonNull Faction> faction(@Source SpeciesMembership speciesMembership) {
        return Repository.of(Faction.class).load(speciesMembership.factionId);
    }

    @NonNull
    @Description("The species among its ranks.")
    public CompletionStage<@NonNull Species> species(@Source SpeciesMembership speciesMembership) {
        return Repository.of(Species.class).load(speciesMembership.speciesId);
    }
}
