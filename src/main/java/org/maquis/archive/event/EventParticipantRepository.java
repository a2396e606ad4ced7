package org.maquis.archive.event;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.data.Edits;

/** The participations in events: added, and found at a version, through Panache. */
@ApplicationScoped
public class EventParticipantRepository implements PanacheRepositoryBase<EventParticipant, Long> {

    /** The participation {@code id} names, at the {@code version} the caller read; a user error on {@code field} otherwise. */
    public Uni<EventParticipant> atVersion(String field, String id, Integer version) {
        return Uni.createFrom().item(() -> Edits.rowId(EventParticipant.class, field, id)).chain(this::findById)
                .map(found -> Edits.atVersion(EventParticipant.class, field, id, found, version));
    }

    /** Stores a participation made by {@link Participants#participant}, at version 1. */
    public Uni<EventParticipant> add(EventParticipant participation) {
        participation.version = 1;
        return persist(participation);
    }
}
