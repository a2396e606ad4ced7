package org.maquis.archive.faction;

import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.relay.Paging;
import org.maquis.archive.data.Repository;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;
import org.maquis.archive.species.Species;

/** The species among the factions' ranks: both ends of a {@link SpeciesMembership}. */
@GraphQLApi
public class SpeciesMembershipGraph {

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

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source SpeciesMembership speciesMembership,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(speciesMembership, first, after, last, before);
    }
}
