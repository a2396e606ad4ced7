package org.maquis.archive.event;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;
import org.maquis.archive.person.Person;
import org.maquis.archive.ship.Ship;

/**
 * The events' rows: the relations this part of the archive serves, each declared once (the rows it reaches, and
 * their order), and the lookups of its writes, through Panache.
 */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, Long> {

    public static final Relation<Event> FOLLOWED_BY = Relation.children(Event.class, "follows_id", EventOrder.DATE_ASC.order())
            .serves(Event.class, "followedBy");

    public static final Relation<EventParticipant> PARTICIPANTS = Relation.children(EventParticipant.class, "event_id", Order.ARTICLE)
            .serves(Event.class, "participants");

    public static final Relation<EventParticipant> PERSON_EVENTS = Relation.children(EventParticipant.class, "person_id", EventOrder.PARTICIPANT_TIMELINE)
            .serves(Person.class, "events");

    public static final Relation<EventParticipant> FACTION_EVENTS = Relation.children(EventParticipant.class, "faction_id", EventOrder.PARTICIPANT_TIMELINE)
            .serves(Faction.class, "events");

    public static final Relation<EventParticipant> EMPIRE_EVENTS = Relation.children(EventParticipant.class, "empire_id", EventOrder.PARTICIPANT_TIMELINE)
            .serves(Empire.class, "events");

    public static final Relation<EventParticipant> SHIP_EVENTS = Relation.children(EventParticipant.class, "ship_id", EventOrder.PARTICIPANT_TIMELINE)
            .serves(Ship.class, "events");

    /** The event {@code id} names, at the {@code version} the caller read; a user error on {@code field} otherwise. */
    public Uni<Event> atVersion(String field, String id, Integer version) {
        return Uni.createFrom().item(() -> Edits.rowId(Event.class, field, id)).chain(this::findById)
                .map(found -> Edits.atVersion(Event.class, field, id, found, version));
    }
}
