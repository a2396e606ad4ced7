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
import org.maquis.archive.empire.Empire;
import org.maquis.archive.data.Refers;

@Entity
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "Opposition.page", entities = @EntityResult(entityClass = Opposition.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Table(name = "faction_opposition")
@Description("A faction's stand against an empire, and when it held.")
public class Opposition extends HeldForATime implements Node {

    @Ignore
    @Refers(Faction.class)
    public Long factionId;

    @Ignore
    @Refers(Empire.class)
    public Long empireId;

    @Embedded
    @EmbeddedColumnNaming("from_%s")
    @Description("When the opposition began, or null if the article does not say.")
    public ApproximateDate from;

    @Embedded
    @EmbeddedColumnNaming("to_%s")
    @Description("When it ended, or null if the article does not say it did. "
            + "The article may word an end it leaves open (\"for much of the 24th century\").")
    public ApproximateDate to;
}
