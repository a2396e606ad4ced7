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
import org.maquis.archive.person.Person;

/** Who led which faction, and when: both ends of a {@link FactionLeadership}. */
@GraphQLApi
public class FactionLeadershipGraph {

    @NonNull
    @Description("The faction led.")
    public CompletionStage<@NonNull Faction> faction(@Source FactionLeadership factionLeadership) {
        return Repository.of(Faction.class).load(factionLeadership.factionId);
    }

    @NonNull
    @Description("The person who led it.")
    public CompletionStage<@NonNull Person> person(@Source FactionLeadership factionLeadership) {
        return Repository.of(Person.class).load(factionLeadership.personId);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source FactionLeadership factionLeadership,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(factionLeadership, first, after, last, before);
    }
}
