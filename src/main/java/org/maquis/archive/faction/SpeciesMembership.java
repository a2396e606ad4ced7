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
import org.maquis.archive.data.Versioned;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.data.Refers;
import org.maquis.archive.species.Species;

@Entity
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "SpeciesMembership.page", entities = @EntityResult(entityClass = SpeciesMembership.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Table(name = "faction_species")
@Description("A species among a faction's ranks, why its members joined, and since when.")
public class SpeciesMembership extends Versioned implements Node {

    @Ignore
    @Refers(Faction.class)
    public Long factionId;

    @Ignore
    @Refers(Species.class)
    public Long speciesId;

    @Description("Why members of the species joined, as the article says it, or null.")
    public String reason;

    @Embedded
    @EmbeddedColumnNaming("since_%s")
    @Description("Since when the species is among the ranks, or null if the article does not say.")
    public ApproximateDate since;
}
