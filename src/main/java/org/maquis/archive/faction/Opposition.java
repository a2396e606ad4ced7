package org.maquis.archive.faction;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.graph.Node;
import org.maquis.archive.graph.Row;
import org.maquis.archive.lore.ApproximateDate;

@Entity
@Table(name = "faction_opposition")
@Description("A faction's stand against an empire, and when it held.")
public class Opposition extends Row implements Node {

    @Ignore
    public Long factionId;

    @Ignore
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
