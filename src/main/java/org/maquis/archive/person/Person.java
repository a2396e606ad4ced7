package org.maquis.archive.person;

import jakarta.persistence.Embedded;
import jakarta.persistence.Table;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Node;
import org.eclipse.microprofile.graphql.Ignore;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.lore.Entry;
import org.maquis.archive.event.Event;
import org.maquis.archive.data.Refers;
import org.maquis.archive.place.Place;
import org.maquis.archive.species.Species;

@Entity
@Table(name = "person")
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "Person.page", entities = @EntityResult(entityClass = Person.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Description("A person the article names, in either universe.")
public class Person extends Entry implements Node {

    @Description("Rank or title as the article gives it (\"Captain\", \"Empress\"), or null.")
    public String title;

    @Embedded
    @EmbeddedColumnNaming("died_%s")
    @Description("When the person died, or null if the article does not say they did.")
    public ApproximateDate died;

    @Ignore
    @Refers(Species.class)
    public Long speciesId;

    @Ignore
    @Refers(Place.class)
    public Long homeworldId;

    @Ignore
    @Refers(value = Place.class, field = "diedAt")
    public Long deathPlaceId;

    @Ignore
    @Refers(Event.class)
    public Long killedInId;
}
