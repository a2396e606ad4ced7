package org.maquis.archive.cell;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.relay.Paging;
import org.maquis.archive.data.PageRequest;
import org.maquis.archive.data.Repository;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;
import org.maquis.archive.lore.NameFilter;
import org.maquis.archive.lore.NameOrder;

/** Cells: the root queries, and every field of Cell. */
@GraphQLApi
public class CellGraph {

    @Query
    @Description("The cell with this slug, or null.")
    public Uni<Cell> cell(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Repository.of(Cell.class).bySlug(slug);
    }

    @Query
    @Description("The resistance cells, a page at a time.")
    public Uni<@NonNull CellConnection> cells(@Description("Which cells to list.") NameFilter filter,
            @Description("The order of the list.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`); at most the maximum page size.") Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return Repository.of(Cell.class).page((filter == null ? new NameFilter() : filter).where(),
                PageRequest.of(orderBy.order(), first, after, last, before)).map(CellConnection::new);
    }

    @NonNull
    @Description("The movement this cell belongs to.")
    public CompletionStage<@NonNull Faction> faction(@Source Cell cell) {
        return Repository.of(Faction.class).load(cell.factionId);
    }

    @NonNull
    @Description("Who led this cell, and when, in order.")
    public CompletionStage<@NonNull CellLeadershipConnection> leaders(@Source Cell cell,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return CellRepository.LEADERS.page(cell, first, after, last, before, CellLeadershipConnection::new);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Cell cell,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(cell, first, after, last, before);
    }
}
