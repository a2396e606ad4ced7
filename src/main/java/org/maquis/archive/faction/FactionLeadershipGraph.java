package org.maquis.archive.faction;

import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
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
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return HistoryGraph.ofRecord(factionLeadership, first, after, last, before);
    }
}
