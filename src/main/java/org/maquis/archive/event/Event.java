package org.maquis.archive.event;

import jakarta.persistence.Column;
import jakarta.persistence.Table;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Node;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.lore.Entry;
import org.maquis.archive.lore.Universe;
import org.maquis.archive.data.Refers;
import org.maquis.archive.place.Place;

@Entity
@Table(name = "event")
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "Event.page", entities = @EntityResult(entityClass = Event.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Description("Something that happened, dated as precisely as the article dates it.")
public class Event extends Entry implements Node {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What sort of event this is.")
    public EventKind kind;

    @Embedded
    @EmbeddedColumnNaming("date_%s")
    @Description("When it happened, or null if the article gives no date.")
    public ApproximateDate date;

    @Description("What the event was aimed at, where that is not a place or a participant (\"Terran cargo convoys and supply runs\").")
    public String target;

    @Enumerated(EnumType.STRING)
    @Description("For a crossing between universes: the universe left.")
    public Universe fromUniverse;

    @Enumerated(EnumType.STRING)
    @Description("For a crossing between universes: the universe reached.")
    public Universe toUniverse;

    @Ignore
    @Refers(Place.class)
    public Long placeId;

    @Ignore
    @Refers(Event.class)
    public Long followsId;

    // The timeline's sort keys, which PostgreSQL computes from the date (V5__keyset_orders.sql); read only
    // because the row is.
    @Ignore
    @Column(insertable = false, updatable = false)
    public LocalDate dateFirst;

    @Ignore
    @Column(insertable = false, updatable = false)
    public LocalDate dateLast;

    @Ignore
    @Column(insertable = false, updatable = false)
    public LocalDate dateFirstDesc;

    @Ignore
    @Column(insertable = false, updatable = false)
    public LocalDate dateLastDesc;

    // How long its date is (V6__timeline_window.sql), by which a year window is read; read only
    // because the row is.
    @Ignore
    @Column(insertable = false, updatable = false)
    public Short spanClass;
}
