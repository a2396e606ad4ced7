package org.maquis.archive.ship;

import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.relay.Node;
import org.maquis.archive.data.Versioned;
import org.maquis.archive.data.Refers;
import org.maquis.archive.person.Person;

@Entity
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "ShipCommand.page", entities = @EntityResult(entityClass = ShipCommand.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Table(name = "ship_command")
@Description("A person's command of a ship, as the article states it (\"Spock's old starship command\").")
public class ShipCommand extends Versioned implements Node {

    @Ignore
    @Refers(Ship.class)
    public Long shipId;

    @Ignore
    @Refers(Person.class)
    public Long personId;

    @NonNull
    @Description("The command held, in the article's words (\"captain\", \"commander\").")
    public String role;
}
