package org.maquis.archive.cell;

import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Lock;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.relay.UserError;

/** The rule of a cell's leaderships: at most one is open, its end not known (V12's cell_leader_one_open). */
final class CellLeaderships {

    private CellLeaderships() {
    }

    /**
     * Refuses, on {@code clear}, to reopen {@code leadership} while another leadership of its cell is open. The cell
     * is locked first, as appointCellLeader locks it, and only then looked at (a statement of its own, which sees
     * what the writer waited for committed): of two reopenings, or a reopening and an appointment, the later is
     * told of the other.
     */
    static Uni<Void> noOtherOpen(Mutiny.StatelessSession session, CellLeadership leadership) {
        return Edits.row(session, Cell.class, leadership.cellId, Lock.NO_KEY_UPDATE).chain(cell -> session.<String>createNativeQuery(
                        "select p.name from cell_leader l join person p on p.id = l.person_id where l.cell_id = :cell and l.id <> :self "
                                + "and l.to_earliest is null and l.to_latest is null and l.to_wording is null", String.class)
                .setParameter("cell", leadership.cellId).setParameter("self", leadership.rowId).getResultList()
                .invoke(open -> {
                    if (!open.isEmpty()) {
                        throw new Refused(UserError.conflict("clear", "The " + cell.name + " is led by " + open.get(0)
                                + ", whose leadership has not ended: a cell has one open leadership. End that one first."));
                    }
                })).replaceWithVoid();
    }
}
