package org.maquis.archive.place;

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
import org.maquis.archive.event.EventConnection;
import org.maquis.archive.faction.FactionConnection;
import org.maquis.archive.faction.FactionRepository;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.person.PersonConnection;

/**
 * Places: the root queries, where a place lies, what lies in it and happened there, who came from it and
 * which factions are based there.
 */
@GraphQLApi
public class PlaceGraph {

    @Query
    @Description("The place with this slug (`rigel-iv`, `shermans-planet`), or null.")
    public Uni<Place> place(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Repository.of(Place.class).bySlug(slug);
    }

    @Query
    @Description("Every planet, region and quadrant the archive knows, a page at a time.")
    public Uni<@NonNull PlaceConnection> places(
            @Description("Only the places that match; all of them if not given.") PlaceFilter filter,
            @Description("By name, A to Z, unless given.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return Repository.of(Place.class).page((filter == null ? new PlaceFilter() : filter).where(),
                PageRequest.of(orderBy.order(), first, after, last, before)).map(PlaceConnection::new);
    }

    @Description("The larger place this one lies in (the Badlands lie in the Alpha Quadrant), where the article says.")
    public CompletionStage<Place> locatedIn(@Source Place place) {
        return Repository.of(Place.class).load(place.locatedInId);
    }

    @NonNull
    @Description("The places that lie in this one, by name.")
    public CompletionStage<@NonNull PlaceConnection> contains(@Source Place place,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return PlaceRepository.CONTAINS.page(place, first, after, last, before, PlaceConnection::new);
    }

    @NonNull
    @Description("What happened here, earliest first (undated events last).")
    public CompletionStage<@NonNull EventConnection> events(@Source Place place,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return PlaceRepository.EVENTS.page(place, first, after, last, before, EventConnection::new);
    }

    @NonNull
    @Description("The people whose homeworld this is (Sarek of Vulcan), by name.")
    public CompletionStage<@NonNull PersonConnection> natives(@Source Place place,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return PlaceRepository.NATIVES.page(place, first, after, last, before, PersonConnection::new);
    }

    @Name("headquartersOf")
    @NonNull
    @Description("The factions whose headquarters or main base this place is.")
    public CompletionStage<@NonNull FactionConnection> headquartersOf(@Source Place place,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.HEADQUARTERS_OF.page(place, first, after, last, before, FactionConnection::new);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Place place,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(place, first, after, last, before);
    }
}
