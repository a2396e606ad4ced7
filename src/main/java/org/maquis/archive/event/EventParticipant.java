package org.maquis.archive.event;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.FieldResult;
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
// The same page with each participant's person (when a person took part) read in the same statement
// (Relation.joining): the person's columns come as joined_<column>, which is how Relation writes them from this list.
@SqlResultSetMapping(name = "EventParticipant.page.person", entities = {@EntityResult(entityClass = EventParticipant.class),
        @EntityResult(entityClass = Person.class, fields = {
                @FieldResult(name = "rowId", column = "joined_id"),
                @FieldResult(name = "version", column = "joined_version"),
                @FieldResult(name = "name", column = "joined_name"),
                @FieldResult(name = "slug", column = "joined_slug"),
                @FieldResult(name = "universe", column = "joined_universe"),
                @FieldResult(name = "description", column = "joined_description"),
                @FieldResult(name = "title", column = "joined_title"),
                @FieldResult(name = "died.earliest", column = "joined_died_earliest"),
                @FieldResult(name = "died.latest", column = "joined_died_latest"),
                @FieldResult(name = "died.wording", column = "joined_died_wording"),
                @FieldResult(name = "speciesId", column = "joined_species_id"),
                @FieldResult(name = "homeworldId", column = "joined_homeworld_id"),
                @FieldResult(name = "deathPlaceId", column = "joined_death_place_id"),
                @FieldResult(name = "killedInId", column = "joined_killed_in_id")})}, columns = {
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
    @Refers(Person.class)
    public Long personId;

    @Ignore
    @Refers(Faction.class)
    public Long factionId;

    @Ignore
    @Refers(Empire.class)
    public Long empireId;

    @Ignore
    @Refers(Ship.class)
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
