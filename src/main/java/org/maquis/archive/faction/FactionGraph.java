package org.maquis.archive.faction;

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
import org.maquis.archive.cell.CellConnection;
import org.maquis.archive.cell.CellRepository;
import org.maquis.archive.data.PageRequest;
import org.maquis.archive.data.Repository;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.event.EventParticipantConnection;
import org.maquis.archive.event.EventRepository;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.person.Person;
import org.maquis.archive.person.PersonConnection;
import org.maquis.archive.place.Place;
import org.maquis.archive.ship.Ship;
import org.maquis.archive.ship.ShipConnection;
import org.maquis.archive.ship.ShipRepository;

/**
 * The factions' root queries and every field of Faction: what it points to on its own row, how it came to be,
 * who led and belonged to it, and what it opposed, operated and took part in.
 */
@GraphQLApi
public class FactionGraph {

    @Query
    @Description("The faction with this slug, or null.")
    public Uni<Faction> faction(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Repository.of(Faction.class).bySlug(slug);
    }

    @Query
    @Description("Every faction the archive knows (resistance movements, governments, intelligence agencies, "
            + "militaries, councils), a page at a time.")
    public Uni<@NonNull FactionConnection> factions(
            @Description("Only the factions that match; all of them when omitted.") FactionFilter filter,
            @Description("The order of the factions.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return Repository.of(Faction.class).page((filter == null ? new FactionFilter() : filter).where(),
                PageRequest.of(orderBy.order(), first, after, last, before)).map(FactionConnection::new);
    }

    @Description("The faction's headquarters or main base, or null if the article names none.")
    public CompletionStage<Place> headquarters(@Source Faction faction) {
        return Repository.of(Place.class).load(faction.headquartersId);
    }

    @Description("The faction's flagship, or null if the article names none.")
    public CompletionStage<Ship> flagship(@Source Faction faction) {
        return Repository.of(Ship.class).load(faction.flagshipId);
    }

    @Description("The same faction in the other universe, or null if the article names none.")
    public CompletionStage<Faction> counterpart(@Source Faction faction) {
        return Repository.of(Faction.class).load(faction.counterpartId);
    }

    @Description("The larger faction this one is part of (the Ruling Council is part of the Maquis), or null.")
    public CompletionStage<Faction> partOf(@Source Faction faction) {
        return Repository.of(Faction.class).load(faction.partOfFactionId);
    }

    @Description("The empire this faction serves (the Imperial Starfleet serves the Terran Empire), or null.")
    public CompletionStage<Empire> serves(@Source Faction faction) {
        return Repository.of(Empire.class).load(faction.servesEmpireId);
    }

    @Description("The person the faction owes allegiance to, as the article's sidebar has it "
            + "(the Maquis: Spock), or null.")
    public CompletionStage<Person> allegiance(@Source Faction faction) {
        return Repository.of(Person.class).load(faction.allegianceId);
    }

    /**
     * Which empires this faction stands against. The contract fixes `Faction.opposes` and `Empire.opposedBy` as plain
     * lists; `oppositions` on both sides gives the same relation with its dates, as a connection.
     */
    @NonNull
    @Description("The empires this faction opposes or opposed. For when, see `oppositions`.")
    public CompletionStage<@NonNull List<@NonNull Empire>> opposes(@Source Faction faction) {
        return FactionRepository.OPPOSES.all(faction);
    }

    @NonNull
    @Description("The cells of this movement.")
    public CompletionStage<@NonNull CellConnection> cells(@Source Faction faction,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return CellRepository.CELLS.page(faction, first, after, last, before, CellConnection::new);
    }

    @Name("events")
    @NonNull
    @Description("The events this group took part in, and how, earliest first.")
    public CompletionStage<@NonNull EventParticipantConnection> factionEvents(@Source Faction faction,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return EventRepository.FACTION_EVENTS.page(faction, first, after, last, before, EventParticipantConnection::new);
    }

    @NonNull
    @Description("The people who lead or led this faction, each with when; earliest first.")
    public CompletionStage<@NonNull FactionLeadershipConnection> leaders(@Source Faction faction,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.LEADERS.page(faction, first, after, last, before, FactionLeadershipConnection::new);
    }

    @NonNull
    @Description("The people who founded this faction.")
    public CompletionStage<@NonNull PersonConnection> founders(@Source Faction faction,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.FOUNDERS.page(faction, first, after, last, before, PersonConnection::new);
    }

    @NonNull
    @Description("The smaller factions that are part of this one (the Maquis' Ruling Council).")
    public CompletionStage<@NonNull FactionConnection> parts(@Source Faction faction,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.PARTS.page(faction, first, after, last, before, FactionConnection::new);
    }

    @NonNull
    @Description("The older factions whose members formed this one "
            + "(Intelligence was formed from members of the Tal Shiar and the Obsidian Order).")
    public CompletionStage<@NonNull FactionConnection> formedFrom(@Source Faction faction,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.FORMED_FROM.page(faction, first, after, last, before, FactionConnection::new);
    }

    @NonNull
    @Description("The newer factions that members of this one formed; the reverse of `formedFrom`.")
    public CompletionStage<@NonNull FactionConnection> formed(@Source Faction faction,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.FORMED.page(faction, first, after, last, before, FactionConnection::new);
    }

    @Name("members")
    @NonNull
    @Description("The people the article names as members of this faction, with their roles; earliest first.")
    public CompletionStage<@NonNull MembershipConnection> factionMembers(@Source Faction faction,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.FACTION_MEMBERS.page(faction, first, after, last, before, MembershipConnection::new);
    }

    @Name("oppositions")
    @NonNull
    @Description("This faction's stands against empires, each with when; earliest first.")
    public CompletionStage<@NonNull OppositionConnection> factionOppositions(@Source Faction faction,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.FACTION_OPPOSITIONS.page(faction, first, after, last, before, OppositionConnection::new);
    }

    @Name("species")
    @NonNull
    @Description("The species among this faction's ranks, each with why they joined and since when, "
            + "in the article's order.")
    public CompletionStage<@NonNull SpeciesMembershipConnection> factionSpecies(@Source Faction faction,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.FACTION_SPECIES.page(faction, first, after, last, before, SpeciesMembershipConnection::new);
    }

    @Name("ships")
    @NonNull
    @Description("The ships this group operates (the Maquis' IRS Enterprise), by name.")
    public CompletionStage<@NonNull ShipConnection> factionShips(@Source Faction faction,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return ShipRepository.FACTION_SHIPS.page(faction, first, after, last, before, ShipConnection::new);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Faction faction,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(faction, first, after, last, before);
    }
}
