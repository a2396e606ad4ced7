package org.maquis.archive.faction;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of group a faction is.")
public enum FactionKind {
    @Description("A resistance movement, like the Maquis.")
    RESISTANCE,
    @Description("A governing body, like the Vulcan High Command.")
    GOVERNMENT,
    @Description("An intelligence agency, like the Tal Shiar or the Obsidian Order.")
    INTELLIGENCE_AGENCY,
    @Description("A military service, like the Imperial Starfleet.")
    MILITARY,
    @Description("A council, like the Maquis' ruling council of cell leaders.")
    COUNCIL
}
