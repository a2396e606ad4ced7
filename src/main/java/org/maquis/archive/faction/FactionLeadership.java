package org.maquis.archive.faction;

import jakarta.persistence.Embedded;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.relay.Node;
import org.maquis.archive.lore.HeldForATime;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.data.Refers;
import org.maquis.archive.person.Person;

@Entity
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "FactionLeadership.page", entities = @EntityResult(entityClass = FactionLeadership.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Table(name = "faction_leader")
@Description("A person's time at the head of a faction.")
public class FactionLeadership extends HeldForATime implements Node {

    @Ignore
    @Refers(Faction.class)
    public Long factionId;

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
