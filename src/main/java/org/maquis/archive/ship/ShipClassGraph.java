package org.maquis.archive.ship;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.relay.Paging;
import org.maquis.archive.data.PageRequest;
import org.maquis.archive.data.Repository;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;
import org.maquis.archive.lore.NameFilter;
import org.maquis.archive.lore.NameOrder;

/** Ship classes: the root queries, and every field of ShipClass. */
@GraphQLApi
public class ShipClassGraph {

    @Query
    @Description("The ship class with this slug (`prometheus-class`), or null.")
    public Uni<ShipClass> shipClass(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Repository.of(ShipClass.class).bySlug(slug);
    }

    @Query
    @Description("Every class of starship the archive knows, a page at a time.")
    public Uni<@NonNull ShipClassConnection> shipClasses(@Description("Which classes to list.") NameFilter filter,
            @Description("By name, A to Z, unless given.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return Repository.of(ShipClass.class).page((filter == null ? new NameFilter() : filter).where(),
                PageRequest.of(orderBy.order(), first, after, last, before)).map(ShipClassConnection::new);
    }

    @Name("ships")
    @NonNull
    @Description("The ships of this class, by name; a renamed hull appears once per name.")
    public CompletionStage<@NonNull ShipConnection> shipsOfClass(@Source ShipClass shipClass,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return ShipRepository.SHIPS_OF_CLASS.page(shipClass, first, after, last, before, ShipConnection::new);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source ShipClass shipClass,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(shipClass, first, after, last, before);
    }
}
