package org.maquis.archive.ship;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.data.Edits;

/** The ship commands' rows, as the writes of this part of the archive find and add them, through Panache. */
@ApplicationScoped
public class ShipCommandRepository implements PanacheRepositoryBase<ShipCommand, Long> {

    /** The ship command {@code id} names, at the {@code version} the caller read; a user error on {@code field} otherwise. */
    public Uni<ShipCommand> atVersion(String field, String id, Integer version) {
        return Uni.createFrom().item(() -> Edits.rowId(ShipCommand.class, field, id)).chain(this::findById)
                .map(found -> Edits.atVersion(ShipCommand.class, field, id, found, version));
    }
}
