package org.maquis.archive.event;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.input.ArchiveDates;
import org.maquis.archive.data.Where;
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

    /**
     * The filter for a page in this order. A year window on the timeline is read class by class of the
     * length of dates (V6__timeline_window.sql), each class one range of the window index, merged in timeline
     * order; in another order, the window only bounds where the timeline index starts.
     */
    Where where(EventOrder order) {
        Where.checkYears(fromYear, toYear);
        // Events hold the place's key, not its slug: compare the slug of the place each event points to.
        Where where = new Where().contains("t.name", name).equal("t.universe", universe).equal("t.kind", kind)
                .pointsToSlug("t.place_id", "place", place);
        // Bound as PostgreSQL's text of the day, which SQL casts: a year BC stays BC (ArchiveDates.postgresText).
        String start = fromYear == null ? null : ArchiveDates.postgresText(LocalDate.of(fromYear, 1, 1));
        String end = toYear == null ? null : ArchiveDates.postgresText(LocalDate.of(toYear, 12, 31));
        if ((start == null && end == null) || order.window() == null) {
            // Implied by fromYear (V5__keyset_orders.sql, event_reach): the timeline index starts near the year.
            return where.overlapsYears("t.date", fromYear, toYear).atLeast("t.date_first",
                    "(select least(cast(cast(:value as text) as date) - r.longest_span, r.earliest_open_ended) from event_reach r)",
                    start);
        }
        String first = order.window()[0];
        String last = order.window()[1];
        // One range of the window index per length of date (V6__timeline_window.sql, event_window_ranges). The
        // ranges imply the window (an event's first day at most E, its last day at least S, an open side
        // matching), so no clause repeats it: a range reads the index alone.
        return where.ranges("event_window_ranges(cast(cast(" + where.value(start) + " as text) as date), cast(cast("
                + where.value(end) + " as text) as date))", "t.span_class = r.span_class and " + first + " > coalesce(r.after, '-infinity') and "
                + first + " <= coalesce(r.until, 'infinity') and " + last + " >= coalesce(r.reaching, '-infinity')");
    }
}
