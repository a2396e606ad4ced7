package org.maquis.archive.ship;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.data.Edit;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.Entries;
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.EntryInput;
import jakarta.inject.Inject;

/**
 * What archivists do to ship classes, each operation one transaction: the input checked, the rows read and written
 * through {@link ShipClassRepository}, the history signed ({@link Writes#sign}). {@code @Version} checks that an
 * update writes the version it read. A user error is thrown as {@code Refused} and rolls everything back.
 */
@ApplicationScoped
public class ShipClassService {

    @Inject
    ShipClassRepository classes;

    /** Adds a ship class at version 1, with the slug of its name. */
    @WithTransaction
    public Uni<ShipClass> create(Edit edit, EntryInput input) {
        return Writes.sign(edit).chain(() -> {
            ShipClass added = new ShipClass();
            input.applyTo(added).orRefuse();
            added.version = 1;
            return Panache.getSession().chain(session -> Entries.giveSlug(session, added))
                    .chain(() -> classes.persist(added));
        });
    }

    /** Changes a ship class at the version the archivist read; its slug follows a new name or universe. */
    @WithTransaction
    public Uni<ShipClass> update(Edit edit, EntryChanges input) {
        return Writes.sign(edit).chain(() -> {
            input.check().orRefuse();
            return classes.atVersion("id", input.id, input.version);
        }).chain(changed -> {
            boolean renamed = input.applyTo(changed);
            return Panache.getSession().chain(session -> Entries.followName(session, changed, renamed)).replaceWith(changed);
        });
    }
}
