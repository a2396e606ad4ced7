package org.maquis.archive.empire;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.faction.FactionConnection;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.Listing;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.graph.PageRequest;
import org.maquis.archive.lore.NameOrder;

/** The empires' root queries and the factions in their service. */
@GraphQLApi
public class EmpireGraph {

    private final PageLimits limits;

    public EmpireGraph(PageLimits limits) {
        this.limits = limits;
    }

    @Query
    @Description("The empire with this slug, or null.")
    public Uni<Empire> empire(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Listing.bySlug(Empire.class, slug);
    }

    @Query
    @Description("Every empire and federation the archive knows, a page at a time.")
    public Uni<@NonNull EmpireConnection> empires(
            @Description("Only the empires that match; all of them when omitted.") EmpireFilter filter,
            @Description("The order of the empires.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        PageRequest page = PageRequest.of(first, after, last, before, limits);
        return Listing.page(Empire.class, (filter == null ? new EmpireFilter() : filter).where(), orderBy.hql(),
                page, EmpireConnection::new);
    }

    @NonNull
    @Description("The factions that serve this empire (the Imperial Starfleet serves the Terran Empire).")
    public Uni<List<@NonNull FactionConnection>> servedBy(@Source List<Empire> empires,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(empires, Faction.class, "servesEmpireId", f -> f.servesEmpireId, "name, rowId"),
                first, after, last, before, limits, FactionConnection::new);
    }
}
