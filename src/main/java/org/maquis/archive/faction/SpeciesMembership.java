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
@Table(name = "faction_species")
@Description("A species among a faction's ranks, why its members joined, and since when.")
public class SpeciesMembership extends Row implements Node {

    @Ignore
    public Long factionId;

    @Ignore
    public Long speciesId;

    @Description("Why members of the species joined, as the article says it, or null.")
    public String reason;

    @Embedded
    @EmbeddedColumnNaming("since_%s")
    @Description("Since when the species is among the ranks, or null if the article does not say.")
    public ApproximateDate since;
}
