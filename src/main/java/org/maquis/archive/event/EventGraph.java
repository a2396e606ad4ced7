package org.maquis.archive.event;

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
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;
import org.maquis.archive.place.Place;

/** Events: the root queries (`events` in date order is the timeline), where they happened and what they led to. */
@GraphQLApi
public class EventGraph {

    @Query
    @Description("The event with this slug (`raid-on-rigel-iv`), or null.")
    public Uni<Event> event(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Repository.of(Event.class).bySlug(slug);
    }

    @Query
    @Description("Everything that happened, a page at a time. In the default order, `DATE_ASC`, this is the timeline.")
    public Uni<@NonNull EventConnection> events(
            @Description("Only the events that match; all of them if not given.") EventFilter filter,
            @Description("The timeline, earliest first, unless given.") @DefaultValue("DATE_ASC") EventOrder orderBy,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return Repository.of(Event.class).page((filter == null ? new EventFilter() : filter).where(orderBy),
                PageRequest.of(orderBy.order(), first, after, last, before)).map(EventConnection::new);
    }

    @Description("Where it happened, where the article says.")
    public CompletionStage<Place> place(@Source Event event) {
        return Repository.of(Place.class).load(event.placeId);
    }

    @Description("The event this one came directly after, or because of, where the article links them.")
    public CompletionStage<Event> follows(@Source Event event) {
        return Repository.of(Event.class).load(event.followsId);
    }

    @NonNull
    @Description("The events that came directly after, or because of, this one, earliest first.")
    public CompletionStage<@NonNull EventConnection> followedBy(@Source Event event,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return EventRepository.FOLLOWED_BY.page(event, first, after, last, before, EventConnection::new);
    }

    @NonNull
    @Description("Who and what took part, and how, in the article's order.")
    public CompletionStage<@NonNull EventParticipantConnection> participants(@Source Event event,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return EventRepository.PARTICIPANTS.page(event, first, after, last, before, EventParticipantConnection::new);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Event event,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(event, first, after, last, before);
    }
}
