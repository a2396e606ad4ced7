package org.maquis.archive.person;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.data.Where;
import org.maquis.archive.lore.Universe;

@Description("Narrows `people`; every field given must match.")
public class PersonFilter {

    @Description("Part of the name, any case.")
    public String name;

    @Description("Only people of this universe.")
    public Universe universe;

    @Description("Only people who died in or after this year.")
    public Integer diedFromYear;

    @Description("Only people who died in or before this year.")
    public Integer diedToYear;

    Where where() {
        return new Where().contains("t.name", name).equal("t.universe", universe)
                .overlapsYears("t.died", diedFromYear, diedToYear);
    }
}
