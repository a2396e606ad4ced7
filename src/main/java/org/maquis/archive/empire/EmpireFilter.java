package org.maquis.archive.empire;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.data.Where;
import org.maquis.archive.lore.Universe;

@Description("Narrows `empires`; every field given must match.")
public class EmpireFilter {

    @Description("Part of the name, any case.")
    public String name;

    @Description("Only empires of this universe.")
    public Universe universe;

    @Description("Only empires of this sort.")
    public EmpireKind kind;

    Where where() {
        return new Where().contains("t.name", name).equal("t.universe", universe).equal("t.kind", kind);
    }
}
