package org.maquis.archive.faction;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.graph.Node;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.lore.Entry;

@Entity
@Description("An organized group: a resistance movement, a government body, an intelligence agency, a military or a council.")
public class Faction extends Entry implements Node {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What sort of group this is.")
    public FactionKind kind;

    @Description("The group's aims as the article lists them, or null.")
    public String primaryMissions;

    @Embedded
    @EmbeddedColumnNaming("founded_%s")
    @Description("When the group was founded, or null if the article does not say.")
    public ApproximateDate founded;

    @Ignore
    public Long headquartersId;

    @Ignore
    public Long counterpartId;

    @Ignore
    public Long partOfFactionId;

    @Ignore
    public Long servesEmpireId;

    @Ignore
    public Long allegianceId;

    @Ignore
    public Long flagshipId;
}
