package org.maquis.archive.cell;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.data.Edit;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Lock;
import org.maquis.archive.data.Writes;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Entries;
import org.maquis.archive.lore.Links;
import org.maquis.archive.person.Person;
import org.maquis.archive.errors.UserError;

/**
 * What archivists do to cells and their leaderships, each operation one transaction: the input checked, the rows
 * read (and locked where a rule needs it) and written through {@link CellRepository}, the history signed
 * ({@link Writes#sign}). A cell's new leadership opens the day the previous one closes, in one transaction.
 * A user error is thrown as {@code Refused} and rolls everything back.
 */
@ApplicationScoped
public class CellService {

    @Inject
    CellRepository cells;

    /** Adds a cell at version 1, with the slug of its name, in its faction. */
    @WithTransaction
    public Uni<Cell> create(Edit edit, CellEdits.CreateInput input) {
        return Writes.sign(edit).chain(() -> {
            Cell cell = new Cell();
            input.applyTo(cell).orRefuse();
            cell.version = 1;
            return Panache.getSession().chain(session -> references(session, cell, input.faction)
                    .chain(() -> Entries.giveSlug(session, cell)))
                    .chain(() -> cells.persist(cell));
        });
    }

    /** Changes a cell at the version the archivist read; its slug follows a new name or universe. */
    @WithTransaction
    public Uni<Cell> update(Edit edit, CellEdits.UpdateInput input) {
        return Writes.sign(edit).chain(() -> {
            input.check().orRefuse();
            return cells.atVersion("id", input.id, input.version);
        }).chain(cell -> {
            boolean renamed = input.applyTo(cell);
            return Panache.getSession().chain(session -> references(session, cell, input.faction)
                    .chain(() -> Entries.followName(session, cell, renamed))).replaceWith(cell);
        });
    }

    /**
     * Points the cell at what the given ids name, each checked to exist and be of the right type; its faction
     * must be of its universe (V7 checks it too).
     */
    private static Uni<Void> references(Mutiny.Session session, Cell cell, String faction) {
        Uni<Faction> owner = faction != null ? Edits.referenced(session, Faction.class, "faction", faction)
                : session.find(Faction.class, cell.factionId);
        return owner.invoke(f -> {
            Links.sameUniverse(faction == null ? "universe" : "faction", cell, f);
            cell.factionId = f.rowId;
        }).replaceWithVoid();
    }

    /** Appoints a cell's leader: every open leadership of the cell ends at {@code from}, and the new one begins then. */
    @WithTransaction
    public Uni<CellLeadership> appointLeader(Edit edit, CellEdits.AppointInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().date("from", input.from).orRefuse();
            // The cell is locked until the appointment ends: appointments of one cell take turns, each closing
            // the leadership the one before opened (V12: at most one open leadership a cell).
            return Panache.getSession().chain(session -> Edits.referenced(session, Cell.class, "cell", input.cell, Lock.NO_KEY_UPDATE)
                    .chain(cell -> Edits.referenced(session, Person.class, "person", input.person).chain(person -> {
                        Links.sameUniverse("person", cell, person);
                        // Close what is open, then open the new one: each closed row is versioned and recorded.
                        return cells.closeOpenLeaderships(cell.rowId, input.from).chain(() -> {
                            CellLeadership leadership = new CellLeadership();
                            leadership.cellId = cell.rowId;
                            leadership.personId = person.rowId;
                            leadership.from = input.from.toDate();
                            return cells.addLeadership(leadership);
                        });
                    })));
        });
    }

    /** Changes a cell leadership's dates at the version the archivist read; reopening it must leave it the cell's only open one. */
    @WithTransaction
    public Uni<CellLeadership> updateLeadership(Edit edit, CellEdits.UpdateCellLeadershipInput input) {
        return Writes.sign(edit).chain(() -> {
            input.check().orRefuse();
            return Panache.getSession().chain(session -> Edits.read(session, CellLeadership.class, "id", input.id, input.version)
                    .chain(leadership -> {
                        boolean reopened = leadership.to != null && input.clearsTo();
                        leadership.from = input.newFrom(leadership.from);
                        leadership.to = input.newTo(leadership.to, leadership.from);
                        Uni<Void> alone = reopened ? noOtherOpen(session, leadership) : Uni.createFrom().voidItem();
                        return alone.replaceWith(leadership);
                    }));
        });
    }

    /**
     * The rule of a cell's leaderships: at most one is open, its end not known (V12's cell_leader_one_open).
     * Refuses, on {@code clear}, to reopen {@code leadership} while another leadership of its cell is open. The cell
     * is locked first, as appointCellLeader locks it, and only then looked at (a statement of its own, which sees
     * what the writer waited for committed): of two reopenings, or a reopening and an appointment, the later is
     * told of the other.
     */
    private Uni<Void> noOtherOpen(Mutiny.Session session, CellLeadership leadership) {
        return Edits.row(session, Cell.class, leadership.cellId, Lock.NO_KEY_UPDATE).chain(cell -> cells.otherOpenLeaders(leadership)
                .invoke(open -> {
                    if (!open.isEmpty()) {
                        throw new Refused(UserError.conflict("clear", "The " + cell.name + " is led by " + open.get(0)
                                + ", whose leadership has not ended: a cell has one open leadership. End that one first."));
                    }
                })).replaceWithVoid();
    }
}
