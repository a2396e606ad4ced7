package org.maquis.archive.faction;

import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.maquis.archive.relay.Node;
import org.maquis.archive.data.Refers;
import org.maquis.archive.person.Leadership;

@Entity
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "FactionLeadership.page", entities = @EntityResult(entityClass = FactionLeadership.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Table(name = "faction_leader")
@Description("A person's time at the head of a faction.")
public class FactionLeadership extends Leadership implements Node {

    @Ignore
    @Refers(Faction.class)
    public Long factionId;
}
