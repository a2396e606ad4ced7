package org.maquis.archive.empire;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.data.Edits;

/** The alliances' rows, as the writes of this part of the archive find and add them, through Panache. */
@ApplicationScoped
public class AllianceRepository implements PanacheRepositoryBase<Alliance, Long> {

    /** The alliance {@code id} names, at the {@code version} the caller read; a user error on {@code field} otherwise. */
    public Uni<Alliance> atVersion(String field, String id, Integer version) {
        return Uni.createFrom().item(() -> Edits.rowId(Alliance.class, field, id)).chain(this::findById)
                .map(found -> Edits.atVersion(Alliance.class, field, id, found, version));
    }
}
