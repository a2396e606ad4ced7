package org.maquis.archive.faction;

import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.relay.Paging;
import org.maquis.archive.data.Repository;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;

/** A faction's stand against an empire: both ends of an {@link Opposition}. */
@GraphQLApi
public class OppositionGraph {

    @NonNull
    @Description("The faction that opposes.")
    public CompletionStage<@NonNull Faction> faction(@Source Opposition opposition) {
        return Repository.of(Faction.class).load(opposition.factionId);
    }

    @NonNull
    @Description("The empire opposed.")
    public CompletionStage<@NonNull Empire> empire(@Source Opposition opposition) {
        return Repository.of(Empire.class).load(opposition.empireId);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Opposition opposition,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(opposition, first, after, last, before);
    }
}
