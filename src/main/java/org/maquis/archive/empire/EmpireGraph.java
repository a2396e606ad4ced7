package org.maquis.archive.empire;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletionStage;
import org.maquis.archive.data.Repository;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.faction.FactionConnection;
import org.maquis.archive.data.PageRequest;
import org.maquis.archive.lore.NameOrder;

/** The empires' root queries and the factions in their service. */
@GraphQLApi
public class EmpireGraph {

    @Query
    @Description("The empire with this slug, or null.")
    public Uni<Empire> empire(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Repository.of(Empire.class).bySlug(slug);
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
        return Repository.of(Empire.class).page((filter == null ? new EmpireFilter() : filter).where(),
                PageRequest.of(orderBy.order(), first, after, last, before)).map(EmpireConnection::new);
    }

    @NonNull
    @Description("The factions that serve this empire (the Imperial Starfleet serves the Terran Empire).")
    public CompletionStage<@NonNull FactionConnection> servedBy(@Source Empire empire,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return EmpireRepository.SERVED_BY.page(empire, first, after, last, before, FactionConnection::new);
    }
}
