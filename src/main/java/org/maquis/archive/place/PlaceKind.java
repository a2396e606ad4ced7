package org.maquis.archive.place;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of place a place is.")
public enum PlaceKind {
    @Description("A planet or moon.")
    PLANET,
    @Description("A region of space, such as the Badlands.")
    REGION,
    @Description("One of the galaxy's four quadrants.")
    QUADRANT
}
