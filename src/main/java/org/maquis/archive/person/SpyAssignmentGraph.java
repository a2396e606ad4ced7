package org.maquis.archive.person;

import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.relay.Paging;
import org.maquis.archive.data.Repository;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;

/** Who spied on whom, for whom, on whose orders: every field of a {@link SpyAssignment}. */
@GraphQLApi
public class SpyAssignmentGraph {

    @NonNull
    @Description("The spy.")
    public CompletionStage<@NonNull Person> spy(@Source SpyAssignment spyAssignment) {
        return Repository.of(Person.class).load(spyAssignment.spyId);
    }

    @NonNull
    @Description("The group spied on.")
    public CompletionStage<@NonNull Faction> target(@Source SpyAssignment spyAssignment) {
        return Repository.of(Faction.class).load(spyAssignment.targetId);
    }

    @NonNull
    @Description("The state the spy worked for.")
    public CompletionStage<@NonNull Empire> onBehalfOf(@Source SpyAssignment spyAssignment) {
        return Repository.of(Empire.class).load(spyAssignment.onBehalfOfId);
    }

    @Description("Who ordered the spying, where the article says.")
    public CompletionStage<Person> orderedBy(@Source SpyAssignment spyAssignment) {
        return Repository.of(Person.class).load(spyAssignment.orderedById);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source SpyAssignment spyAssignment,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(spyAssignment, first, after, last, before);
    }
}
