package org.maquis.archive.ship;

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
import org.maquis.archive.faction.Faction;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.Listing;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.graph.PageRequest;
import org.maquis.archive.lore.NameFilter;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.person.Person;

/** Ships and ship classes: the root queries, and what a ship points to. */
@GraphQLApi
public class ShipGraph {

    private final PageLimits limits;

    public ShipGraph(PageLimits limits) {
        this.limits = limits;
    }

    @Query
    @Description("The ship with this slug, or null. A renamed hull has one slug per name (`iss-prometheus`, `irs-enterprise`).")
    public Uni<Ship> ship(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Listing.bySlug(Ship.class, slug);
    }

    @Query
    @Description("Every ship the archive knows, a page at a time; a renamed hull appears once per name.")
    public Uni<@NonNull ShipConnection> ships(
            @Description("Only the ships that match; all of them if not given.") ShipFilter filter,
            @Description("By name, A to Z, unless given.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        PageRequest page = PageRequest.of(first, after, last, before, limits);
        return Listing.page(Ship.class, (filter == null ? new ShipFilter() : filter).where(), orderBy.hql(), page,
                ShipConnection::new);
    }

    @Query
    @Description("The ship class with this slug (`prometheus-class`), or null.")
    public Uni<ShipClass> shipClass(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Listing.bySlug(ShipClass.class, slug);
    }

    @Query
    @Description("Every class of starship the archive knows, a page at a time.")
    public Uni<@NonNull ShipClassConnection> shipClasses(@Description("Which classes to list.") NameFilter filter,
            @Description("By name, A to Z, unless given.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Listing.page(ShipClass.class, (filter == null ? new NameFilter() : filter).where(), orderBy.hql(),
                PageRequest.of(first, after, last, before, limits), ShipClassConnection::new);
    }

    @Name("shipClass")
    @Description("The ship's class, where the article names it.")
    public Uni<List<ShipClass>> classOf(@Source List<Ship> ships) {
        return Batch.referenced(ships, s -> s.shipClassId, ShipClass.class);
    }

    @Description("The group that operates the ship (the Imperial Starfleet, the Maquis), where the article says.")
    public Uni<List<Faction>> faction(@Source List<Ship> ships) {
        return Batch.referenced(ships, s -> s.factionId, Faction.class);
    }

    @Description("The state the ship serves (the Terran Empire), where the article says.")
    public Uni<List<Empire>> empire(@Source List<Ship> ships) {
        return Batch.referenced(ships, s -> s.empireId, Empire.class);
    }

    @Description("The same hull under its next name, or null if it was not renamed (`iss-prometheus` was renamed `irs-enterprise`).")
    public Uni<List<Ship>> renamedTo(@Source List<Ship> ships) {
        return Batch.referenced(ships, s -> s.renamedToId, Ship.class);
    }

    @Description("The same hull under its previous name, or null if this is its first name (`irs-enterprise` was `iss-prometheus`).")
    public Uni<List<Ship>> renamedFrom(@Source List<Ship> ships) {
        // A name is renamed to at most one next name (renamed_to_id is unique), so each list holds 0 or 1 ship.
        return Batch.referencing(ships, Ship.class, "renamedToId", s -> s.renamedToId, "rowId")
                .map(lists -> lists.stream().map(previous -> previous.isEmpty() ? null : previous.get(0)).toList());
    }

    @Description("Who renamed the ship to its next name, or null.")
    public Uni<List<Person>> renamedBy(@Source List<Ship> ships) {
        return Batch.referenced(ships, s -> s.renamedById, Person.class);
    }

    @NonNull
    @Description("Who commanded the ship, and in what role, in the article's order.")
    public Uni<List<@NonNull ShipCommandConnection>> commanders(@Source List<Ship> ships,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(ships, ShipCommand.class, "shipId", c -> c.shipId, "rowId"),
                first, after, last, before, limits, ShipCommandConnection::new);
    }

    @Name("ships")
    @NonNull
    @Description("The ships of this class, by name; a renamed hull appears once per name.")
    public Uni<List<@NonNull ShipConnection>> shipsOfClass(@Source List<ShipClass> classes,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(classes, Ship.class, "shipClassId", s -> s.shipClassId, "name, rowId"),
                first, after, last, before, limits, ShipConnection::new);
    }

}
