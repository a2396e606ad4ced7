package org.maquis.archive.empire;

import jakarta.persistence.Embedded;
import jakarta.persistence.Table;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Node;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.lore.Entry;

@Entity
@Table(name = "empire")
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "Empire.page", entities = @EntityResult(entityClass = Empire.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Description("An interstellar state: the Terran Empire the Maquis fight, its allies and rivals.")
public class Empire extends Entry implements Node {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What sort of state this is.")
    public EmpireKind kind;

    @Embedded
    @EmbeddedColumnNaming("collapsed_%s")
    @Description("When the state collapsed, or null if the article does not say it did.")
    public ApproximateDate collapsed;
}
