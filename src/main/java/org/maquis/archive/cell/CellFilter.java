package org.maquis.archive.cell;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.graph.Where;
import org.maquis.archive.lore.Universe;

@Description("Narrows `cells`; every field given must match.")
public class CellFilter {

    @Description("Part of the name, any case.")
    public String name;

    @Description("Only cells of this universe.")
    public Universe universe;

    Where where() {
        return new Where().contains("name", name).equal("universe", universe);
    }
}
