package org.maquis.archive.place;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.maquis.archive.event.Event;
import org.maquis.archive.event.EventOrder;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;
import org.maquis.archive.person.Person;

/** The relations this part of the archive serves, each declared once: the rows it reaches, and their order. */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@Singleton
public class PlaceRepository {

    public static final Relation<Place> CONTAINS = Relation.children(Place.class, "located_in_id", Order.NAME)
            .serves(Place.class, "contains");

    public static final Relation<Event> EVENTS = Relation.children(Event.class, "place_id", EventOrder.DATE_ASC.order())
            .serves(Place.class, "events");

    public static final Relation<Person> NATIVES = Relation.children(Person.class, "homeworld_id", Order.NAME)
            .serves(Place.class, "natives");
}
