package org.maquis.archive.person;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.relay.Paging;
import org.maquis.archive.cell.Cell;
import org.maquis.archive.cell.CellLeadershipConnection;
import org.maquis.archive.cell.CellRepository;
import org.maquis.archive.data.PageRequest;
import org.maquis.archive.data.Repository;
import org.maquis.archive.event.Event;
import org.maquis.archive.event.EventParticipantConnection;
import org.maquis.archive.event.EventRepository;
import org.maquis.archive.faction.FactionConnection;
import org.maquis.archive.faction.FactionLeadershipConnection;
import org.maquis.archive.faction.FactionRepository;
import org.maquis.archive.faction.MembershipConnection;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.place.Place;
import org.maquis.archive.ship.ShipCommandConnection;
import org.maquis.archive.ship.ShipRepository;
import org.maquis.archive.species.Species;

/** People: the root queries, and every field of Person, whichever type it returns. */
@GraphQLApi
public class PersonGraph {

    @Query
    @Description("The person with this slug, or null.")
    public Uni<Person> person(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Repository.of(Person.class).bySlug(slug);
    }

    @Query
    @Description("Everyone the archive knows, a page at a time.")
    public Uni<@NonNull PersonConnection> people(@Description("Which people to list.") PersonFilter filter,
            @Description("The order of the list.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`); at most the maximum page size.") Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return Repository.of(Person.class).page((filter == null ? new PersonFilter() : filter).where(),
                PageRequest.of(orderBy.order(), first, after, last, before)).map(PersonConnection::new);
    }

    @NonNull
    @Description("The people this person was married to.")
    public CompletionStage<@NonNull PersonConnection> spouses(@Source Person person,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return PersonRepository.SPOUSES.page(person, first, after, last, before, PersonConnection::new);
    }

    @NonNull
    @Description("The cells this person leads or led.")
    public CompletionStage<@NonNull List<@NonNull Cell>> leads(@Source Person person) {
        return PersonRepository.LEADS.all(person);
    }

    @Description("The event in which the person was killed (Marlena Moreau in the raid on Rigel IV), where the article says.")
    public CompletionStage<Event> killedIn(@Source Person person) {
        return Repository.of(Event.class).load(person.killedInId);
    }

    @Description("The person's homeworld (Sarek \"of Vulcan\"), where the article names it.")
    public CompletionStage<Place> homeworld(@Source Person person) {
        return Repository.of(Place.class).load(person.homeworldId);
    }

    @Description("Where the person died (Marlena Moreau on Rigel IV), where the article says.")
    public CompletionStage<Place> diedAt(@Source Person person) {
        return Repository.of(Place.class).load(person.deathPlaceId);
    }

    @Description("The person's species, where the article states it.")
    public CompletionStage<Species> species(@Source Person person) {
        return Repository.of(Species.class).load(person.speciesId);
    }

    @NonNull
    @Description("This person's times at the head of a cell.")
    public CompletionStage<@NonNull CellLeadershipConnection> cellLeaderships(@Source Person person,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return CellRepository.CELL_LEADERSHIPS.page(person, first, after, last, before, CellLeadershipConnection::new);
    }

    @Name("events")
    @NonNull
    @Description("The events this person took part in, and how, earliest first.")
    public CompletionStage<@NonNull EventParticipantConnection> personEvents(@Source Person person,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return EventRepository.PERSON_EVENTS.page(person, first, after, last, before, EventParticipantConnection::new);
    }

    @Name("factionLeaderships")
    @NonNull
    @Description("The factions this person leads or led, each with when; earliest first.")
    public CompletionStage<@NonNull FactionLeadershipConnection> factionLeaderships(@Source Person person,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.FACTION_LEADERSHIPS.page(person, first, after, last, before, FactionLeadershipConnection::new);
    }

    @Name("founded")
    @NonNull
    @Description("The factions this person founded or co-founded.")
    public CompletionStage<@NonNull FactionConnection> founded(@Source Person person,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.FOUNDED.page(person, first, after, last, before, FactionConnection::new);
    }

    @Name("memberships")
    @NonNull
    @Description("The factions and empires this person belongs or belonged to, with the roles held; earliest first.")
    public CompletionStage<@NonNull MembershipConnection> memberships(@Source Person person,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.MEMBERSHIPS.page(person, first, after, last, before, MembershipConnection::new);
    }

    @NonNull
    @Description("The person's assignments as a spy.")
    public CompletionStage<@NonNull SpyAssignmentConnection> spyAssignments(@Source Person person,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return PersonRepository.SPY_ASSIGNMENTS.page(person, first, after, last, before, SpyAssignmentConnection::new);
    }

    @NonNull
    @Description("The spy assignments this person ordered.")
    public CompletionStage<@NonNull SpyAssignmentConnection> spyAssignmentsOrdered(@Source Person person,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return PersonRepository.SPY_ASSIGNMENTS_ORDERED.page(person, first, after, last, before, SpyAssignmentConnection::new);
    }

    @NonNull
    @Description("The ships this person commanded, and in what role.")
    public CompletionStage<@NonNull ShipCommandConnection> shipCommands(@Source Person person,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return ShipRepository.SHIP_COMMANDS.page(person, first, after, last, before, ShipCommandConnection::new);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Person person,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(person, first, after, last, before);
    }
}
