package org.maquis.archive.ship;

import jakarta.persistence.Entity;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.graph.Node;
import org.maquis.archive.lore.Entry;

@Entity
@Description("A class of starship, such as the Prometheus class.")
public class ShipClass extends Entry implements Node {
}
