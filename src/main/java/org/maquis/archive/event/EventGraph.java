package org.maquis.archive.event;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.Listing;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.graph.PageRequest;
import org.maquis.archive.person.Person;
import org.maquis.archive.place.Place;

/** Events: the root queries (`events` in date order is the timeline), where they happened and what they led to. */
@GraphQLApi
public class EventGraph {

    private final PageLimits limits;

    public EventGraph(PageLimits limits) {
        this.limits = limits;
    }

    @Query
    @Description("The event with this slug (`raid-on-rigel-iv`), or null.")
    public Uni<Event> event(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Listing.bySlug(Event.class, slug);
    }

    @Query
    @Description("Everything that happened, a page at a time. In the default order, `DATE_ASC`, this is the timeline.")
    public Uni<@NonNull EventConnection> events(
            @Description("Only the events that match; all of them if not given.") EventFilter filter,
            @Description("The timeline, earliest first, unless given.") @DefaultValue("DATE_ASC") EventOrder orderBy,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        PageRequest page = PageRequest.of(first, after, last, before, limits);
        return Listing.page(Event.class, (filter == null ? new EventFilter() : filter).where(), orderBy.hql(), page,
                EventConnection::new);
    }

    @Description("Where it happened, where the article says.")
    public Uni<List<Place>> place(@Source List<Event> events) {
        return Batch.referenced(events, e -> e.placeId, Place.class);
    }

    @Description("The event this one came directly after, or because of, where the article links them.")
    public Uni<List<Event>> follows(@Source List<Event> events) {
        return Batch.referenced(events, e -> e.followsId, Event.class);
    }

    @NonNull
    @Description("The events that came directly after, or because of, this one, earliest first.")
    public Uni<List<@NonNull EventConnection>> followedBy(@Source List<Event> events,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(events, Event.class, "followsId", e -> e.followsId, EventOrder.DATE_ASC.hql()),
                first, after, last, before, limits, EventConnection::new);
    }

    @NonNull
    @Description("Who and what took part, and how, in the article's order.")
    public Uni<List<@NonNull EventParticipantConnection>> participants(@Source List<Event> events,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(events, EventParticipant.class, "eventId", p -> p.eventId, "rowId"),
                first, after, last, before, limits, EventParticipantConnection::new);
    }

    @Description("The event in which the person was killed (Marlena Moreau in the raid on Rigel IV), where the article says.")
    public Uni<List<Event>> killedIn(@Source List<Person> people) {
        return Batch.referenced(people, p -> p.killedInId, Event.class);
    }

}
