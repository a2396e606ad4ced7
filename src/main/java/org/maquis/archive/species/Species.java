package org.maquis.archive.species;

import jakarta.persistence.Entity;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.graph.Node;
import org.maquis.archive.lore.Entry;

@Entity
@Description("A species whose members the article names among the Maquis or their enemies.")
public class Species extends Entry implements Node {
}
