package org.maquis.archive.ship;

import java.util.function.Consumer;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.errors.UserError;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.lore.Links;
import org.maquis.archive.person.Person;

/**
 * Renaming a ship, written once for captureShip and renameShip: a new name is a new record of the same hull,
 * and the old record is `renamedTo` it, with when and by whom. A name is renamed at most once (renamed_to_id
 * is unique, and V7 refuses loops), so a ship already renamed is renamed, or captured, under its later name.
 * {@link ShipService} stores the new record and the old one's change.
 */
final class Renamings {

    private Renamings() {
    }

    /** Refuses, on {@code field}, to {@code act} on a ship under a name it no longer has. */
    static void notYetRenamed(Ship ship, String field, String act) {
        if (ship.renamedToId != null) {
            throw new Refused(UserError.badInput(field, ship.name + " was renamed already; " + act + " the ship under its later name."));
        }
    }

    /**
     * The ship's new name, not yet stored: a record of the same hull and class in the hands {@code hands} gives it.
     * Refuses a {@code renamer} of another universe than the ship's.
     */
    static Ship nextName(Ship ship, String newName, String description, Person renamer, Consumer<Ship> hands) {
        if (renamer != null) {
            Links.sameUniverse("renamedBy", ship, renamer);
        }
        Ship next = new Ship();
        next.name = newName.strip();
        next.universe = ship.universe;
        next.description = description;
        next.shipClassId = ship.shipClassId;
        hands.accept(next);
        return next;
    }

    /** Renames {@code ship} to {@code next}, stored, at {@code date}, by {@code renamer} if known. */
    static void renamedTo(Ship ship, Ship next, ApproximateDate date, Person renamer) {
        ship.renamedToId = next.rowId;
        ship.renamed = date;
        ship.renamedById = renamer == null ? null : renamer.rowId;
    }
}
