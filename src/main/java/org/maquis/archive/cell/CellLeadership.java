package org.maquis.archive.cell;

import jakarta.persistence.Embedded;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Node;
import org.eclipse.microprofile.graphql.Ignore;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.lore.HeldForATime;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.data.Refers;
import org.maquis.archive.person.Person;

@Entity
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "CellLeadership.page", entities = @EntityResult(entityClass = CellLeadership.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Table(name = "cell_leader")
@Description("A person's time at the head of a cell.")
public class CellLeadership extends HeldForATime implements Node {

    @Ignore
    @Refers(Cell.class)
    public Long cellId;

    @Ignore
    @Refers(Person.class)
    public Long personId;

    @Embedded
    @EmbeddedColumnNaming("from_%s")
    @Description("When the leadership began, or null if the article does not say.")
    public ApproximateDate from;

    @Embedded
    @EmbeddedColumnNaming("to_%s")
    @Description("When it ended, or null if it had not ended by the article's last word.")
    public ApproximateDate to;
}
