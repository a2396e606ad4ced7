package org.maquis.archive.faction;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Versioned;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;
import org.maquis.archive.person.Person;
import org.maquis.archive.place.Place;
import org.maquis.archive.species.Species;

/**
 * The factions' rows and their links (founders, origins, leaderships, memberships, oppositions, species in their
 * ranks): the relations this part of the archive serves, each declared once (the rows it reaches, and their
 * order), and the lookups and inserts of its writes, through Panache.
 */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@ApplicationScoped
public class FactionRepository implements PanacheRepositoryBase<Faction, Long> {

    public static final Relation<Faction> HEADQUARTERS_OF = Relation.children(Faction.class, "headquarters_id", Order.NAME)
            .serves(Place.class, "headquartersOf");

    public static final Relation<FactionLeadership> LEADERS = Relation.children(FactionLeadership.class, "faction_id", Order.SORT_DATE)
            .serves(Faction.class, "leaders");

    public static final Relation<FactionLeadership> FACTION_LEADERSHIPS = Relation.children(FactionLeadership.class, "person_id", Order.SORT_DATE)
            .serves(Person.class, "factionLeaderships");

    public static final Relation<Person> FOUNDERS = Relation.through("faction_founder", "faction_id", "person_id", Person.class, Order.NAME)
            .serves(Faction.class, "founders");

    public static final Relation<Faction> FOUNDED = Relation.through("faction_founder", "person_id", "faction_id", Faction.class, Order.NAME)
            .serves(Person.class, "founded");

    public static final Relation<Faction> PARTS = Relation.children(Faction.class, "part_of_faction_id", Order.NAME)
            .serves(Faction.class, "parts");

    public static final Relation<Faction> FORMED_FROM = Relation.through("faction_origin", "faction_id", "formed_from_id", Faction.class, Order.NAME)
            .serves(Faction.class, "formedFrom");

    public static final Relation<Faction> FORMED = Relation.through("faction_origin", "formed_from_id", "faction_id", Faction.class, Order.NAME)
            .serves(Faction.class, "formed");

    public static final Relation<Membership> FACTION_MEMBERS = Relation.children(Membership.class, "faction_id", Order.SORT_DATE)
            .serves(Faction.class, "members");

    public static final Relation<Membership> EMPIRE_MEMBERS = Relation.children(Membership.class, "empire_id", Order.SORT_DATE)
            .serves(Empire.class, "members");

    public static final Relation<Membership> MEMBERSHIPS = Relation.children(Membership.class, "person_id", Order.SORT_DATE)
            .serves(Person.class, "memberships");

    public static final Relation<Opposition> FACTION_OPPOSITIONS = Relation.children(Opposition.class, "faction_id", Order.SORT_DATE)
            .serves(Faction.class, "oppositions");

    public static final Relation<Opposition> EMPIRE_OPPOSITIONS = Relation.children(Opposition.class, "empire_id", Order.SORT_DATE)
            .serves(Empire.class, "oppositions");

    public static final Relation<Empire> OPPOSES = Relation.through("faction_opposition", "faction_id", "empire_id", Empire.class, Order.NAME);

    public static final Relation<Faction> OPPOSED_BY = Relation.through("faction_opposition", "empire_id", "faction_id", Faction.class, Order.NAME);

    public static final Relation<SpeciesMembership> FACTION_SPECIES = Relation.children(SpeciesMembership.class, "faction_id", Order.ARTICLE)
            .serves(Faction.class, "species");

    public static final Relation<SpeciesMembership> SPECIES_FACTIONS = Relation.children(SpeciesMembership.class, "species_id", Order.ARTICLE)
            .serves(Species.class, "factions");

    /** The faction {@code id} names, at the {@code version} the caller read; a user error on {@code field} otherwise. */
    public Uni<Faction> atVersion(String field, String id, Integer version) {
        return Uni.createFrom().item(() -> Edits.rowId(Faction.class, field, id)).chain(this::findById)
                .map(found -> Edits.atVersion(Faction.class, field, id, found, version));
    }

    /** Adds a row of this part that is not a faction (a founder, an origin, a leadership, a membership...) at version 1. */
    public <T extends Versioned> Uni<T> add(T row) {
        row.version = 1;
        return getSession().chain(session -> session.persist(row)).replaceWith(row);
    }
}
