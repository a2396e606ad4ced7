package org.maquis.archive.ship;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.data.Where;
import org.maquis.archive.lore.Universe;

@Description("Narrows `ships`; every field given must match.")
public class ShipFilter {

    @Description("Part of the name, any case.")
    public String name;

    @Description("Only ships of this universe.")
    public Universe universe;

    @Description("Only ships of the class with this slug (`prometheus-class`).")
    public String shipClass;

    @Description("True for only the prototypes of their class, false for only the others.")
    public Boolean prototype;

    Where where() {
        // Ships hold the class's key, not its slug: compare the slug of the class each ship points to.
        return new Where().contains("t.name", name).equal("t.universe", universe)
                .pointsToSlug("t.ship_class_id", "ship_class", shipClass)
                .equal("t.prototype", prototype);
    }
}
