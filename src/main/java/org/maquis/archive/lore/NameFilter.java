package org.maquis.archive.lore;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.data.Where;

@Description("Narrows a list of named things; every field given must match.")
public class NameFilter {

    @Description("Part of the name, any case.")
    public String name;

    @Description("Only things of this universe.")
    public Universe universe;

    public Where where() {
        return new Where().contains("t.name", name).equal("t.universe", universe);
    }
}
