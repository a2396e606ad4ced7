package org.maquis.archive.ship;

import jakarta.persistence.Embedded;
import jakarta.persistence.Table;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Node;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.lore.Entry;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.data.Refers;
import org.maquis.archive.person.Person;

@Entity
@Table(name = "ship")
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "Ship.page", entities = @EntityResult(entityClass = Ship.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Description("A starship under one name. A hull that was renamed appears once per name, linked by `renamedTo` and `renamedFrom`.")
public class Ship extends Entry implements Node {

    @NonNull
    @Description("True for the prototype of its class.")
    public boolean prototype;

    @Embedded
    @EmbeddedColumnNaming("renamed_%s")
    @Description("When the ship was renamed to its next name, or null if it was not.")
    public ApproximateDate renamed;

    @Ignore
    @Refers(ShipClass.class)
    public Long shipClassId;

    @Ignore
    @Refers(Faction.class)
    public Long factionId;

    @Ignore
    @Refers(Empire.class)
    public Long empireId;

    @Ignore
    @Refers(Ship.class)
    public Long renamedToId;

    @Ignore
    @Refers(Person.class)
    public Long renamedById;
}
