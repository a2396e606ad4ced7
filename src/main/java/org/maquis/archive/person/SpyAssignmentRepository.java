package org.maquis.archive.person;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.data.Edits;

/** The spy assignments' rows: added, and found at a version, through Panache. */
@ApplicationScoped
public class SpyAssignmentRepository implements PanacheRepositoryBase<SpyAssignment, Long> {

    /** The assignment {@code id} names, at the {@code version} the caller read; a user error on {@code field} otherwise. */
    public Uni<SpyAssignment> atVersion(String field, String id, Integer version) {
        return Uni.createFrom().item(() -> Edits.rowId(SpyAssignment.class, field, id)).chain(this::findById)
                .map(found -> Edits.atVersion(SpyAssignment.class, field, id, found, version));
    }
}
