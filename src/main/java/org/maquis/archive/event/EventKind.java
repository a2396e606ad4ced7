package org.maquis.archive.event;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of event an event is.")
public enum EventKind {
    @Description("A group is founded or formed.") FOUNDING,
    @Description("A raid or attack.") RAID,
    @Description("A death.") DEATH,
    @Description("A group moves its base.") RELOCATION,
    @Description("A group changes its structure.") REORGANIZATION,
    @Description("An alliance is formed.") ALLIANCE,
    @Description("An invasion.") INVASION,
    @Description("A state collapses.") COLLAPSE,
    @Description("People change sides.") DEFECTION,
    @Description("Spying: an order to spy, or a spy discovered.") ESPIONAGE,
    @Description("A rescue, or a mission to rescue.") RESCUE,
    @Description("A ship is captured.") CAPTURE,
    @Description("A ship is renamed.") RENAMING,
    @Description("Someone takes over the leadership of a group.") SUCCESSION,
    @Description("People cross between the universes.") CROSSING
}
