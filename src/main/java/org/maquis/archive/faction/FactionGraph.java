package org.maquis.archive.faction;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.Listing;
import org.maquis.archive.graph.Loaders;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.graph.PageRequest;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.person.Person;
import org.maquis.archive.place.Place;
import org.maquis.archive.ship.Ship;

/** The factions' root queries, and what each faction points to on its own row. */
@GraphQLApi
public class FactionGraph {

    private final PageLimits limits;

    public FactionGraph(PageLimits limits) {
        this.limits = limits;
    }

    @Query
    @Description("The faction with this slug, or null.")
    public Uni<Faction> faction(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Listing.bySlug(Faction.class, slug);
    }

    @Query
    @Description("Every faction the archive knows (resistance movements, governments, intelligence agencies, "
            + "militaries, councils), a page at a time.")
    public Uni<@NonNull FactionConnection> factions(
            @Description("Only the factions that match; all of them when omitted.") FactionFilter filter,
            @Description("The order of the factions.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        PageRequest page = PageRequest.of(first, after, last, before, limits);
        return Listing.page(Faction.class, (filter == null ? new FactionFilter() : filter).where(), orderBy.hql(),
                page, FactionConnection::new);
    }

    @Description("The faction's headquarters or main base, or null if the article names none.")
    public Uni<Place> headquarters(@Source Faction faction) {
        return Loaders.load("Faction.headquarters", faction.headquartersId,
                (List<Long> ids) -> Batch.referenced(ids, id -> id, Place.class));
    }

    @Description("The faction's flagship, or null if the article names none.")
    public Uni<List<Ship>> flagship(@Source List<Faction> factions) {
        return Batch.referenced(factions, f -> f.flagshipId, Ship.class);
    }

    @Description("The same faction in the other universe, or null if the article names none.")
    public Uni<List<Faction>> counterpart(@Source List<Faction> factions) {
        return Batch.referenced(factions, f -> f.counterpartId, Faction.class);
    }

    @Description("The larger faction this one is part of (the Ruling Council is part of the Maquis), or null.")
    public Uni<List<Faction>> partOf(@Source List<Faction> factions) {
        return Batch.referenced(factions, f -> f.partOfFactionId, Faction.class);
    }

    @Description("The empire this faction serves (the Imperial Starfleet serves the Terran Empire), or null.")
    public Uni<List<Empire>> serves(@Source List<Faction> factions) {
        return Batch.referenced(factions, f -> f.servesEmpireId, Empire.class);
    }

    @Description("The person the faction owes allegiance to, as the article's sidebar has it "
            + "(the Maquis: Spock), or null.")
    public Uni<List<Person>> allegiance(@Source List<Faction> factions) {
        return Batch.referenced(factions, f -> f.allegianceId, Person.class);
    }

    @Name("headquartersOf")
    @NonNull
    @Description("The factions whose headquarters or main base this place is.")
    public Uni<List<@NonNull FactionConnection>> headquartersOf(@Source List<Place> places,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(places, Faction.class, "headquartersId", f -> f.headquartersId, FactionOrder.NAME),
                first, after, last, before, limits, FactionConnection::new);
    }
}
