package org.maquis.archive.place;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.event.Event;
import org.maquis.archive.event.EventConnection;
import org.maquis.archive.event.EventOrder;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.Listing;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.graph.PageRequest;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.person.Person;
import org.maquis.archive.person.PersonConnection;

/** Places: the root queries, where a place lies, what lies in it and happened there, and who came from it. */
@GraphQLApi
public class PlaceGraph {

    private final PageLimits limits;

    public PlaceGraph(PageLimits limits) {
        this.limits = limits;
    }

    @Query
    @Description("The place with this slug (`rigel-iv`, `shermans-planet`), or null.")
    public Uni<Place> place(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Listing.bySlug(Place.class, slug);
    }

    @Query
    @Description("Every planet, region and quadrant the archive knows, a page at a time.")
    public Uni<@NonNull PlaceConnection> places(
            @Description("Only the places that match; all of them if not given.") PlaceFilter filter,
            @Description("By name, A to Z, unless given.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        PageRequest page = PageRequest.of(first, after, last, before, limits);
        return Listing.page(Place.class, (filter == null ? new PlaceFilter() : filter).where(), orderBy.hql(), page,
                PlaceConnection::new);
    }

    @Description("The larger place this one lies in (the Badlands lie in the Alpha Quadrant), where the article says.")
    public Uni<List<Place>> locatedIn(@Source List<Place> places) {
        return Batch.referenced(places, p -> p.locatedInId, Place.class);
    }

    @NonNull
    @Description("The places that lie in this one, by name.")
    public Uni<List<@NonNull PlaceConnection>> contains(@Source List<Place> places,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(places, Place.class, "locatedInId", p -> p.locatedInId, "name, rowId"),
                first, after, last, before, limits, PlaceConnection::new);
    }

    @NonNull
    @Description("What happened here, earliest first (undated events last).")
    public Uni<List<@NonNull EventConnection>> events(@Source List<Place> places,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(places, Event.class, "placeId", e -> e.placeId, EventOrder.DATE_ASC.hql()),
                first, after, last, before, limits, EventConnection::new);
    }

    @NonNull
    @Description("The people whose homeworld this is (Sarek of Vulcan), by name.")
    public Uni<List<@NonNull PersonConnection>> natives(@Source List<Place> places,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(places, Person.class, "homeworldId", p -> p.homeworldId, "name, rowId"),
                first, after, last, before, limits, PersonConnection::new);
    }

    @Description("The person's homeworld (Sarek \"of Vulcan\"), where the article names it.")
    public Uni<List<Place>> homeworld(@Source List<Person> people) {
        return Batch.referenced(people, p -> p.homeworldId, Place.class);
    }

    @Description("Where the person died (Marlena Moreau on Rigel IV), where the article says.")
    public Uni<List<Place>> diedAt(@Source List<Person> people) {
        return Batch.referenced(people, p -> p.deathPlaceId, Place.class);
    }

}
