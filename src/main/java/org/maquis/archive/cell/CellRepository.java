package org.maquis.archive.cell;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.person.Person;

/**
 * The cells' rows: the relations this part of the archive serves, each declared once (the rows it reaches, and
 * their order), and the lookups and writes of its mutations, through Panache.
 */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@ApplicationScoped
public class CellRepository implements PanacheRepositoryBase<Cell, Long> {

    public static final Relation<CellLeadership> LEADERS = Relation.children(CellLeadership.class, "cell_id", Order.SORT_DATE)
            .serves(Cell.class, "leaders");

    public static final Relation<CellLeadership> CELL_LEADERSHIPS = Relation.children(CellLeadership.class, "person_id", Order.SORT_DATE)
            .serves(Person.class, "cellLeaderships");

    public static final Relation<Cell> CELLS = Relation.children(Cell.class, "faction_id", Order.NAME)
            .serves(Faction.class, "cells");

    /** The cell {@code id} names, at the {@code version} the caller read; a user error on {@code field} otherwise. */
    public Uni<Cell> atVersion(String field, String id, Integer version) {
        return Uni.createFrom().item(() -> Edits.rowId(Cell.class, field, id)).chain(this::findById)
                .map(found -> Edits.atVersion(Cell.class, field, id, found, version));
    }

    /** Adds a leadership at version 1. */
    public Uni<CellLeadership> addLeadership(CellLeadership leadership) {
        leadership.version = 1;
        return getSession().chain(session -> session.persist(leadership)).replaceWith(leadership);
    }

    /**
     * Ends, at {@code when}, every leadership of cell {@code cellId} that has not ended; each closed row is versioned
     * (and recorded by its history trigger).
     */
    public Uni<Integer> closeOpenLeaderships(long cellId, ApproximateDateInput when) {
        // Native: one UPDATE closes them all, where Panache would first read each open leadership into the session.
        return getSession().chain(session -> session.createNativeQuery("update cell_leader set to_earliest = :earliest, "
                        + "to_latest = :latest, to_wording = :wording, version = version + 1 "
                        + "where cell_id = :cell and to_earliest is null and to_latest is null and to_wording is null")
                .setParameter("earliest", when.earliest).setParameter("latest", when.latest)
                .setParameter("wording", when.wording.strip()).setParameter("cell", cellId)
                .executeUpdate());
    }

    /** The names of who holds an open leadership (its end not known) of the cell of {@code leadership}, other than it. */
    public Uni<List<String>> otherOpenLeaders(CellLeadership leadership) {
        // Native: a join to person by its key column (the entities hold no association), reading names only.
        return getSession().chain(session -> session.<String>createNativeQuery(
                        "select p.name from cell_leader l join person p on p.id = l.person_id where l.cell_id = :cell and l.id <> :self "
                                + "and l.to_earliest is null and l.to_latest is null and l.to_wording is null", String.class)
                .setParameter("cell", leadership.cellId).setParameter("self", leadership.rowId).getResultList());
    }
}
