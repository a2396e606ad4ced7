package org.maquis.archive.cell;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.Listing;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.graph.PageRequest;
import org.maquis.archive.lore.NameFilter;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.person.Person;

@GraphQLApi
public class CellGraph {

    /** Leaderships in the order they began; those with no known start first, as they were the earliest. */
    private static final String TENURE = "from.earliest nulls first, rowId";

    private final PageLimits limits;

    public CellGraph(PageLimits limits) {
        this.limits = limits;
    }

    @Query
    @Description("The cell with this slug, or null.")
    public Uni<Cell> cell(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Listing.bySlug(Cell.class, slug);
    }

    @Query
    @Description("The resistance cells, a page at a time.")
    public Uni<@NonNull CellConnection> cells(@Description("Which cells to list.") NameFilter filter,
            @Description("The order of the list.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`); at most the maximum page size.") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Listing.page(Cell.class, (filter == null ? new NameFilter() : filter).where(), orderBy.hql(),
                PageRequest.of(first, after, last, before, limits), CellConnection::new);
    }

    @NonNull
    @Description("The movement this cell belongs to.")
    public Uni<List<@NonNull Faction>> faction(@Source List<Cell> cells) {
        return Batch.referenced(cells, c -> c.factionId, Faction.class);
    }

    @NonNull
    @Description("Who led this cell, and when, in order.")
    public Uni<List<@NonNull CellLeadershipConnection>> leaders(@Source List<Cell> cells,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(cells, CellLeadership.class, "cellId", l -> l.cellId, TENURE),
                first, after, last, before, limits, CellLeadershipConnection::new);
    }

    @NonNull
    @Description("This person's times at the head of a cell.")
    public Uni<List<@NonNull CellLeadershipConnection>> cellLeaderships(@Source List<Person> people,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(people, CellLeadership.class, "personId", l -> l.personId, TENURE),
                first, after, last, before, limits, CellLeadershipConnection::new);
    }

    @NonNull
    @Description("The cells of this movement.")
    public Uni<List<@NonNull CellConnection>> cells(@Source List<Faction> factions,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(factions, Cell.class, "factionId", c -> c.factionId, "name, rowId"),
                first, after, last, before, limits, CellConnection::new);
    }

    @NonNull
    @Description("The person who led.")
    public Uni<List<@NonNull Person>> person(@Source List<CellLeadership> leaderships) {
        return Batch.referenced(leaderships, l -> l.personId, Person.class);
    }

    @NonNull
    @Description("The cell led.")
    public Uni<List<@NonNull Cell>> cell(@Source List<CellLeadership> leaderships) {
        return Batch.referenced(leaderships, l -> l.cellId, Cell.class);
    }
}
