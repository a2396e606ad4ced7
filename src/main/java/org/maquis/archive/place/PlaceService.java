package org.maquis.archive.place;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.data.Edit;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.Entries;
import org.maquis.archive.lore.Hierarchies;
import org.maquis.archive.place.PlaceEdits.CreateInput;
import org.maquis.archive.place.PlaceEdits.PlaceField;
import org.maquis.archive.place.PlaceEdits.UpdateInput;

/**
 * What archivists do to places, each operation one transaction: the input checked, the rows read and written
 * through {@link PlaceRepository}, the history signed ({@link Writes#sign}). {@code @Version} checks that an
 * update writes the version it read. A user error is thrown as {@code Refused} and rolls everything back.
 */
@ApplicationScoped
public class PlaceService {

    @Inject
    PlaceRepository places;

    /** Adds a place at version 1, with the slug of its name, in the place its input names. */
    @WithTransaction
    public Uni<Place> create(Edit edit, CreateInput input) {
        return Writes.sign(edit).chain(() -> {
            Place place = new Place();
            input.applyTo(place).orRefuse();
            place.kind = input.kind;
            place.version = 1;
            return Panache.getSession().chain(session -> references(session, place, input.locatedIn)
                    .chain(() -> Entries.giveSlug(session, place)))
                    .chain(() -> places.persist(place));
        });
    }

    /**
     * Changes a place at the version the archivist read; its slug follows a new name or universe. A new place it lies
     * in is checked under the hierarchy's lock: places never lie within themselves, directly or not.
     */
    @WithTransaction
    public Uni<Place> update(Edit edit, UpdateInput input) {
        List<PlaceField> clear = input.clear == null ? List.of() : input.clear;
        return Writes.sign(edit).chain(() -> {
            input.check()
                    .that(input.locatedIn == null || !clear.contains(PlaceField.LOCATED_IN), "clear", "`locatedIn` is both given and cleared.").orRefuse();
            return places.atVersion("id", input.id, input.version);
        }).chain(place -> {
            boolean renamed = input.applyTo(place);
            Long within = place.locatedInId;
            if (input.kind != null) {
                place.kind = input.kind;
            }
            if (clear.contains(PlaceField.LOCATED_IN)) {
                place.locatedInId = null;
            }
            return Panache.getSession().chain(session -> references(session, place, input.locatedIn)
                    .invoke(() -> Hierarchies.notItself("locatedIn", place.rowId, place.locatedInId, "A place does not lie within itself."))
                    .chain(() -> Hierarchies.unlessLoop(session, "place", "located_in_id", place.rowId, within, place.locatedInId,
                            "locatedIn", in -> place.name + " cannot lie within " + in + ": " + in + " lies within " + place.name
                                    + ", directly or through other places."))
                    .chain(() -> Entries.followName(session, place, renamed)))
                    .replaceWith(place);
        });
    }

    /** Points the place at what the given ids name, each checked to exist and be of the right type. */
    private static Uni<Void> references(Mutiny.Session session, Place place, String locatedIn) {
        return Edits.point(session, Place.class, "locatedIn", locatedIn, r -> place.locatedInId = r.rowId);
    }
}
