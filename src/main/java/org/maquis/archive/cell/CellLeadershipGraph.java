package org.maquis.archive.cell;

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

/** Who led which cell, and when: both ends of a {@link CellLeadership}. */
@GraphQLApi
public class CellLeadershipGraph {

    @NonNull
    @Description("The person who led.")
    public CompletionStage<@NonNull Person> person(@Source CellLeadership cellLeadership) {
        return Repository.of(Person.class).load(cellLeadership.personId);
    }

    @NonNull
    @Description("The cell led.")
    public CompletionStage<@NonNull Cell> cell(@Source CellLeadership cellLeadership) {
        return Repository.of(Cell.class).load(cellLeadership.cellId);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source CellLeadership cellLeadership,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(cellLeadership, first, after, last, before);
    }
}
