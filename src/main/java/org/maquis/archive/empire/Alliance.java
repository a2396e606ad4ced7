package org.maquis.archive.empire;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.graph.Node;
import org.maquis.archive.graph.Row;
import org.maquis.archive.lore.ApproximateDate;

/** An alliance between two empires, stored once. */
@Entity
@Description("An alliance between two empires.")
public class Alliance extends Row implements Node {

    @Ignore
    public Long empireId;

    @Ignore
    public Long allyId;

    @Embedded
    @EmbeddedColumnNaming("formed_%s")
    @Description("When the alliance was formed, or null if the article does not say.")
    public ApproximateDate formed;
}
