package org.maquis.archive.faction;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.data.Where;
import org.maquis.archive.lore.Universe;

@Description("Narrows `factions`; every field given must match.")
public class FactionFilter {

    @Description("Part of the name, any case.")
    public String name;

    @Description("Only factions of this universe.")
    public Universe universe;

    @Description("Only factions of this sort.")
    public FactionKind kind;

    @Description("Only factions that may have been founded in or after this year.")
    public Integer foundedFromYear;

    @Description("Only factions that may have been founded in or before this year.")
    public Integer foundedToYear;

    Where where() {
        return new Where().contains("t.name", name).equal("t.universe", universe).equal("t.kind", kind)
                .overlapsYears("t.founded", foundedFromYear, foundedToYear);
    }
}
