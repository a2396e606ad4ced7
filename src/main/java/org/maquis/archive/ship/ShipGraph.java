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
import org.maquis.archive.empire.Empire;
import org.maquis.archive.event.EventParticipantConnection;
import org.maquis.archive.event.EventRepository;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.person.Person;

/** Ships: the root queries, and every field of Ship. */
@GraphQLApi
public class ShipGraph {

    @Query
    @Description("The ship with this slug, or null. A renamed hull has one slug per name (`iss-prometheus`, `irs-enterprise`).")
    public Uni<Ship> ship(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Repository.of(Ship.class).bySlug(slug);
    }

    @Query
    @Description("Every ship the archive knows, a page at a time; a renamed hull appears once per name.")
    public Uni<@NonNull ShipConnection> ships(
            @Description("Only the ships that match; all of them if not given.") ShipFilter filter,
            @Description("By name, A to Z, unless given.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return Repository.of(Ship.class).page((filter == null ? new ShipFilter() : filter).where(),
                PageRequest.of(orderBy.order(), first, after, last, before)).map(ShipConnection::new);
    }

    @Name("shipClass")
    @Description("The ship's class, where the article names it.")
    public CompletionStage<ShipClass> classOf(@Source Ship ship) {
        return Repository.of(ShipClass.class).load(ship.shipClassId);
    }

    @Description("The group that operates the ship (the Imperial Starfleet, the Maquis), where the article says.")
    public CompletionStage<Faction> faction(@Source Ship ship) {
        return Repository.of(Faction.class).load(ship.factionId);
    }

    @Description("The state the ship serves (the Terran Empire), where the article says.")
    public CompletionStage<Empire> empire(@Source Ship ship) {
        return Repository.of(Empire.class).load(ship.empireId);
    }

    @Description("The same hull under its next name, or null if it was not renamed (`iss-prometheus` was renamed `irs-enterprise`).")
    public CompletionStage<Ship> renamedTo(@Source Ship ship) {
        return Repository.of(Ship.class).load(ship.renamedToId);
    }

    @Description("The same hull under its previous name, or null if this is its first name (`irs-enterprise` was `iss-prometheus`).")
    public CompletionStage<Ship> renamedFrom(@Source Ship ship) {
        // A name is renamed to at most one next name (renamed_to_id is unique).
        return ShipRepository.RENAMED_FROM.first(ship);
    }

    @Description("Who renamed the ship to its next name, or null.")
    public CompletionStage<Person> renamedBy(@Source Ship ship) {
        return Repository.of(Person.class).load(ship.renamedById);
    }

    @NonNull
    @Description("Who commanded the ship, and in what role, in the article's order.")
    public CompletionStage<@NonNull ShipCommandConnection> commanders(@Source Ship ship,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return ShipRepository.COMMANDERS.page(ship, first, after, last, before, ShipCommandConnection::new);
    }

    @Name("events")
    @NonNull
    @Description("The events this ship took part in under this name, and how, earliest first.")
    public CompletionStage<@NonNull EventParticipantConnection> shipEvents(@Source Ship ship,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return EventRepository.SHIP_EVENTS.page(ship, first, after, last, before, EventParticipantConnection::new);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Ship ship,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(ship, first, after, last, before);
    }
}
