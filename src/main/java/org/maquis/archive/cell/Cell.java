package org.maquis.archive.cell;

import jakarta.persistence.ColumnResult;
import jakarta.persistence.Table;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Node;
import org.eclipse.microprofile.graphql.Ignore;
import org.maquis.archive.lore.Entry;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.data.Refers;

@Entity
@Table(name = "cell")
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "Cell.page", entities = @EntityResult(entityClass = Cell.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Description("A resistance cell: one of the groups Marlena Moreau split the Maquis into, to hide and strike across the Empire.")
public class Cell extends Entry implements Node {

    @Ignore
    @Refers(Faction.class)
    public Long factionId;
}
