package org.maquis.archive.cell;

import jakarta.persistence.Entity;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.graph.Node;
import org.eclipse.microprofile.graphql.Ignore;
import org.maquis.archive.lore.Entry;

@Entity
@Description("A resistance cell: one of the groups Marlena Moreau split the Maquis into, to hide and strike across the Empire.")
public class Cell extends Entry implements Node {

    @Ignore
    public Long factionId;
}
