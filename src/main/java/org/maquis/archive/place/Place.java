package org.maquis.archive.place;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.graph.Node;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.lore.Entry;

@Entity
@Description("A planet, region or quadrant the article names.")
public class Place extends Entry implements Node {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What sort of place this is.")
    public PlaceKind kind;

    @Ignore
    public Long locatedInId;
}
