package org.maquis.archive.cell;

import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Node;
import org.eclipse.microprofile.graphql.Ignore;
import org.maquis.archive.data.Refers;
import org.maquis.archive.person.Leadership;

@Entity
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "CellLeadership.page", entities = @EntityResult(entityClass = CellLeadership.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Table(name = "cell_leader")
@Description("A person's time at the head of a cell.")
public class CellLeadership extends Leadership implements Node {

    @Ignore
    @Refers(Cell.class)
    public Long cellId;
}
