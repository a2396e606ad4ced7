package org.maquis.archive.empire;

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
import org.maquis.archive.data.PageRequest;
import org.maquis.archive.data.Repository;
import org.maquis.archive.event.EventParticipantConnection;
import org.maquis.archive.event.EventRepository;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.faction.FactionConnection;
import org.maquis.archive.faction.FactionRepository;
import org.maquis.archive.faction.MembershipConnection;
import org.maquis.archive.faction.OppositionConnection;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.ship.ShipConnection;
import org.maquis.archive.ship.ShipRepository;

/**
 * The empires' root queries and every field of Empire: the factions in its service, its alliances, members,
 * opponents, ships and events.
 */
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
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return Repository.of(Empire.class).page((filter == null ? new EmpireFilter() : filter).where(),
                PageRequest.of(orderBy.order(), first, after, last, before)).map(EmpireConnection::new);
    }

    @NonNull
    @Description("The factions that serve this empire (the Imperial Starfleet serves the Terran Empire).")
    public CompletionStage<@NonNull FactionConnection> servedBy(@Source Empire empire,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return EmpireRepository.SERVED_BY.page(empire, first, after, last, before, FactionConnection::new);
    }

    /** A plain list by contract, like `Faction.opposes`; `oppositions` gives the same relation with its dates. */
    @Name("opposedBy")
    @NonNull
    @Description("The factions that oppose or opposed this empire. For when, see `oppositions`.")
    public CompletionStage<@NonNull List<@NonNull Faction>> opposedBy(@Source Empire empire) {
        return FactionRepository.OPPOSED_BY.all(empire);
    }

    @NonNull
    @Description("The alliances this empire is part of, on either side; earliest formed first.")
    public CompletionStage<@NonNull AllianceConnection> alliances(@Source Empire empire,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return EmpireRepository.ALLIANCES.page(empire, first, after, last, before, AllianceConnection::new);
    }

    @Name("events")
    @NonNull
    @Description("The events this state took part in, and how, earliest first.")
    public CompletionStage<@NonNull EventParticipantConnection> empireEvents(@Source Empire empire,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return EventRepository.EMPIRE_EVENTS.page(empire, first, after, last, before, EventParticipantConnection::new);
    }

    @Name("members")
    @NonNull
    @Description("The people the article names as serving this empire, with their roles; earliest first.")
    public CompletionStage<@NonNull MembershipConnection> empireMembers(@Source Empire empire,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.EMPIRE_MEMBERS.page(empire, first, after, last, before, MembershipConnection::new);
    }

    @Name("oppositions")
    @NonNull
    @Description("The factions' stands against this empire, each with when; earliest first.")
    public CompletionStage<@NonNull OppositionConnection> empireOppositions(@Source Empire empire,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.EMPIRE_OPPOSITIONS.page(empire, first, after, last, before, OppositionConnection::new);
    }

    @Name("ships")
    @NonNull
    @Description("The ships that serve this state, by name.")
    public CompletionStage<@NonNull ShipConnection> empireShips(@Source Empire empire,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return ShipRepository.EMPIRE_SHIPS.page(empire, first, after, last, before, ShipConnection::new);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Empire empire,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(empire, first, after, last, before);
    }
}
