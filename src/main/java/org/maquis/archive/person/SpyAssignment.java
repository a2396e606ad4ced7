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
import org.maquis.archive.lore.HeldForATime;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.data.Refers;

@Entity
@Table(name = "spy_assignment")
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "SpyAssignment.page", entities = @EntityResult(entityClass = SpyAssignment.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Description("A person set to spy on a group, for a state, on someone's orders, for a time.")
public class SpyAssignment extends HeldForATime implements Node {

    @Ignore
    @Refers(Person.class)
    public Long spyId;

    @Ignore
    @Refers(Faction.class)
    public Long targetId;

    @Ignore
    @Refers(Empire.class)
    public Long onBehalfOfId;

    @Ignore
    @Refers(Person.class)
    public Long orderedById;

    @Embedded
    @EmbeddedColumnNaming("from_%s")
    @Description("When the spying began.")
    public ApproximateDate from;

    @Embedded
    @EmbeddedColumnNaming("to_%s")
    @Description("When it ended: here, when the spy was discovered.")
    public ApproximateDate to;
}
