package org.maquis.archive.species;

import jakarta.persistence.ColumnResult;
import jakarta.persistence.Table;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Node;
import org.maquis.archive.lore.Entry;

@Entity
@Table(name = "species")
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "Species.page", entities = @EntityResult(entityClass = Species.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Description("A species whose members the article names among the Maquis or their enemies.")
public class Species extends Entry implements Node {
}
