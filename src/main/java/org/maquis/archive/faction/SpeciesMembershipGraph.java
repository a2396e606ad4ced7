package org.maquis.archive.faction;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.species.Species;

/** The species among the factions' ranks: both ends of a {@link SpeciesMembership}. */
@GraphQLApi
public class SpeciesMembershipGraph {

    private final PageLimits limits;

    public SpeciesMembershipGraph(PageLimits limits) {
        this.limits = limits;
    }

    @Name("species")
    @NonNull
    @Description("The species among this faction's ranks, each with why they joined and since when, "
            + "in the article's order.")
    public Uni<List<@NonNull SpeciesMembershipConnection>> factionSpecies(@Source List<Faction> factions,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(factions, SpeciesMembership.class, "factionId", s -> s.factionId,
                        FactionOrder.ARTICLE),
                first, after, last, before, limits, SpeciesMembershipConnection::new);
    }

    @Name("factions")
    @NonNull
    @Description("The factions whose ranks include this species, each with why its members joined and since when.")
    public Uni<List<@NonNull SpeciesMembershipConnection>> speciesFactions(@Source List<Species> species,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(species, SpeciesMembership.class, "speciesId", s -> s.speciesId,
                        FactionOrder.ARTICLE),
                first, after, last, before, limits, SpeciesMembershipConnection::new);
    }

    @NonNull
    @Description("The faction.")
    public Uni<List<@NonNull Faction>> faction(@Source List<SpeciesMembership> memberships) {
        return Batch.referenced(memberships, s -> s.factionId, Faction.class);
    }

    @NonNull
    @Description("The species among its ranks.")
    public Uni<List<@NonNull Species>> species(@Source List<SpeciesMembership> memberships) {
        return Batch.referenced(memberships, s -> s.speciesId, Species.class);
    }
}
