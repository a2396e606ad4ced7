package org.maquis.archive.empire;

import jakarta.persistence.Embedded;
import jakarta.persistence.Table;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.relay.Node;
import org.maquis.archive.lore.HeldForATime;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.data.Refers;

/** An alliance between two empires, stored once. */
@Entity
@Table(name = "alliance")
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "Alliance.page", entities = @EntityResult(entityClass = Alliance.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Description("An alliance between two empires.")
public class Alliance extends HeldForATime implements Node {

    @Ignore
    @Refers(Empire.class)
    public Long empireId;

    @Ignore
    @Refers(Empire.class)
    public Long allyId;

    @Embedded
    @EmbeddedColumnNaming("formed_%s")
    @Description("When the alliance was formed, or null if the article does not say.")
    public ApproximateDate formed;
}
