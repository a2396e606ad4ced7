package org.maquis.archive.species;

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
 * What archivists do to species, each operation one transaction: the input checked, the rows read and written
 * through {@link SpeciesRepository}, the history signed ({@link Writes#sign}). {@code @Version} checks that an
 * update writes the version it read. A user error is thrown as {@code Refused} and rolls everything back.
 */
@ApplicationScoped
public class SpeciesService {

    @Inject
    SpeciesRepository species;

    /** Adds a species at version 1, with the slug of its name. */
    @WithTransaction
    public Uni<Species> create(Edit edit, EntryInput input) {
        return Writes.sign(edit).chain(() -> {
            Species added = new Species();
            input.applyTo(added).orRefuse();
            added.version = 1;
            return Panache.getSession().chain(session -> Entries.giveSlug(session, added))
                    .chain(() -> species.persist(added));
        });
    }

    /** Changes a species at the version the archivist read; its slug follows a new name or universe. */
    @WithTransaction
    public Uni<Species> update(Edit edit, EntryChanges input) {
        return Writes.sign(edit).chain(() -> {
            input.check().orRefuse();
            return species.atVersion("id", input.id, input.version);
        }).chain(changed -> {
            boolean renamed = input.applyTo(changed);
            return Panache.getSession().chain(session -> Entries.followName(session, changed, renamed)).replaceWith(changed);
        });
    }
}
