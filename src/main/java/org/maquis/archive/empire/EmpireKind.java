package org.maquis.archive.empire;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of state an empire is.")
public enum EmpireKind {
    @Description("An empire ruled from the top, like the Terran Empire.")
    EMPIRE,
    @Description("A federation of member worlds, like the United Federation of Planets.")
    FEDERATION
}
