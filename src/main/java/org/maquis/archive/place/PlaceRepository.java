package org.maquis.archive.place;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.event.Event;
import org.maquis.archive.event.EventOrder;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;
import org.maquis.archive.person.Person;

/**
 * The places' rows: the relations this part of the archive serves, each declared once (the rows it reaches, and
 * their order), and the lookups of its writes, through Panache.
 */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@ApplicationScoped
public class PlaceRepository implements PanacheRepositoryBase<Place, Long> {

    public static final Relation<Place> CONTAINS = Relation.children(Place.class, "located_in_id", Order.NAME)
            .serves(Place.class, "contains");

    public static final Relation<Event> EVENTS = Relation.children(Event.class, "place_id", EventOrder.DATE_ASC.order())
            .serves(Place.class, "events");

    public static final Relation<Person> NATIVES = Relation.children(Person.class, "homeworld_id", Order.NAME)
            .serves(Place.class, "natives");

    /** The place {@code id} names, at the {@code version} the caller read; a user error on {@code field} otherwise. */
    public Uni<Place> atVersion(String field, String id, Integer version) {
        return Uni.createFrom().item(() -> Edits.rowId(Place.class, field, id)).chain(this::findById)
                .map(found -> Edits.atVersion(Place.class, field, id, found, version));
    }
}
