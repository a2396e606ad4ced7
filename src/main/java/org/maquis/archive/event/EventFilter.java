package org.maquis.archive.event;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.graph.Where;
import org.maquis.archive.lore.Universe;

@Description("Narrows `events`; every field given must match.")
public class EventFilter {

    @Description("Part of the name, any case.")
    public String name;

    @Description("Only events of this universe (for a crossing, the universe it departs from).")
    public Universe universe;

    @Description("Only events of this sort.")
    public EventKind kind;

    @Description("Only events that can have happened in or after this year (undated events never match).")
    public Integer fromYear;

    @Description("Only events that can have happened in or before this year (undated events never match).")
    public Integer toYear;

    @Description("Only events at the place with this slug (`rigel-iv`).")
    public String place;

    Where where() {
        // Events hold the place's key, not its slug: compare the slug of the place each event points to.
        return new Where().contains("t.name", name).equal("t.universe", universe).equal("t.kind", kind)
                .overlapsYears("t.date", fromYear, toYear)
                // Implied by fromYear (V5__keyset_orders.sql, event_reach): the timeline index starts near the year.
                .atLeast("t.date_first", "(select least(cast(:value as date) - r.longest_span, r.earliest_open_ended)"
                        + " from event_reach r)", fromYear == null ? null : java.time.LocalDate.of(fromYear, 1, 1))
                .pointsToSlug("t.place_id", "place", place);
    }
}
