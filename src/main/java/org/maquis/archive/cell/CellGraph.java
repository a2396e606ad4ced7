package org.maquis.archive.cell;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletionStage;
import org.maquis.archive.data.Repository;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.data.PageRequest;
import org.maquis.archive.lore.NameFilter;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.person.Person;

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
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
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
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return CellRepository.LEADERS.page(cell, first, after, last, before, CellLeadershipConnection::new);
    }

    @NonNull
    @Description("This person's times at the head of a cell.")
    public CompletionStage<@NonNull CellLeadershipConnection> cellLeaderships(@Source Person person,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return CellRepository.CELL_LEADERSHIPS.page(person, first, after, last, before, CellLeadershipConnection::new);
    }

    @NonNull
    @Description("The cells of this movement.")
    public CompletionStage<@NonNull CellConnection> cells(@Source Faction faction,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return CellRepository.CELLS.page(faction, first, after, last, before, CellConnection::new);
    }

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
}
