package org.maquis.archive.place;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.data.Where;
import org.maquis.archive.lore.Universe;

@Description("Narrows `places`; every field given must match.")
public class PlaceFilter {

    @Description("Part of the name, any case.")
    public String name;

    @Description("Only places of this universe.")
    public Universe universe;

    @Description("Only places of this sort (planets, regions or quadrants).")
    public PlaceKind kind;

    Where where() {
        return new Where().contains("t.name", name).equal("t.universe", universe).equal("t.kind", kind);
    }
}
