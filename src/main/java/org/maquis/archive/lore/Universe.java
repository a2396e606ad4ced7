package org.maquis.archive.lore;

import org.eclipse.microprofile.graphql.Description;

@Description("The universe a thing belongs to.")
public enum Universe {
    @Description("The mirror universe, where the Terran Empire rules and the Maquis resist it.")
    MIRROR,
    @Description("The primary universe, home of the United Federation of Planets.")
    PRIMARY
}
