package org.maquis.archive.empire;

import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.relay.Paging;
import org.maquis.archive.data.Repository;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;

/** An alliance of two empires: both ends of an {@link Alliance}. */
@GraphQLApi
public class AllianceGraph {

    @NonNull
    @Description("One empire of the alliance.")
    public CompletionStage<@NonNull Empire> empire(@Source Alliance alliance) {
        return Repository.of(Empire.class).load(alliance.empireId);
    }

    @NonNull
    @Description("The empire it allied with.")
    public CompletionStage<@NonNull Empire> ally(@Source Alliance alliance) {
        return Repository.of(Empire.class).load(alliance.allyId);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Alliance alliance,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(alliance, first, after, last, before);
    }
}
