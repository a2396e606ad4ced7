package org.maquis.archive.event;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.relay.Node;
import org.maquis.archive.data.Versioned;
import org.maquis.archive.person.Person;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.data.Refers;
import org.maquis.archive.ship.Ship;

@Entity
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "EventParticipant.page", entities = @EntityResult(entityClass = EventParticipant.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Table(name = "event_participant")
@Description("Who or what took part in an event, and how: exactly one of `person`, `faction`, `empire` or `ship` is set, "
        + "and `participant` gives that one whatever its type.")
public class EventParticipant extends Versioned implements Node {

    @Ignore
    @Refers(Event.class)
    public Long eventId;

    @NonNull
    @Description("The part played, in the article's words (\"founder\", \"raider\", \"killed\", \"rescuer\").")
    public String role;

    @Ignore
    @Refers(value = Person.class, alsoServes = "participant")
    public Long personId;

    @Ignore
    @Refers(value = Faction.class, alsoServes = "participant")
    public Long factionId;

    @Ignore
    @Refers(value = Empire.class, alsoServes = "participant")
    public Long empireId;

    @Ignore
    @Refers(value = Ship.class, alsoServes = "participant")
    public Long shipId;

    // The event's timeline sort keys, copied here by triggers (V5__keyset_orders.sql) so that an index serves a
    // participant's events in date order; read only because the row is.
    @Ignore
    @Column(insertable = false, updatable = false)
    public LocalDate eventFirst;

    @Ignore
    @Column(insertable = false, updatable = false)
    public LocalDate eventLast;
}
