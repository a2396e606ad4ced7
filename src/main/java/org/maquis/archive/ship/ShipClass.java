package org.maquis.archive.ship;

import jakarta.persistence.ColumnResult;
import jakarta.persistence.Table;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Node;
import org.maquis.archive.lore.Entry;

@Entity
@Table(name = "ship_class")
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "ShipClass.page", entities = @EntityResult(entityClass = ShipClass.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Description("A class of starship, such as the Prometheus class.")
public class ShipClass extends Entry implements Node {
}
