package org.maquis.archive.live;

import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.Locale;
import org.maquis.archive.data.Reads;
import org.maquis.archive.data.Where;
import org.maquis.archive.event.Event;
import org.maquis.archive.event.EventFilter;
import org.maquis.archive.lore.ApproximateDate;

/**
 * An {@link EventFilter} applied to one event in memory, as `events(filter:)` applies it in SQL: part of the name in
 * any case, the universe, the kind, a year window the date can fall in (an undated event never matches), the place by
 * its slug (looked up once, when the subscription starts).
 */
record EventMatch(EventFilter filter, Long placeId) {

    /** The match for this filter (none: every event), its place's slug read once. */
    static Uni<EventMatch> of(EventFilter filter) {
        EventFilter given = filter == null ? new EventFilter() : filter;
        Where.checkYears(given.fromYear, given.toYear);
        if (given.place == null) {
            return Uni.createFrom().item(new EventMatch(given, null));
        }
        return Reads.inOwnSession(session -> session.createNativeQuery("select id from place where slug = :slug", Long.class)
                        .setParameter("slug", given.place).getSingleResultOrNull())
                // No place of that slug: no event matches, as `events` then finds none.
                .map(id -> new EventMatch(given, id == null ? Long.valueOf(-1) : id));
    }

    boolean matches(Event event) {
        return (filter.name == null || event.name.toLowerCase(Locale.ROOT).contains(filter.name.toLowerCase(Locale.ROOT)))
                && (filter.universe == null || filter.universe == event.universe)
                && (filter.kind == null || filter.kind == event.kind)
                && (placeId == null || placeId.equals(event.placeId))
                && inYears(event.date);
    }

    private boolean inYears(ApproximateDate date) {
        if (filter.fromYear == null && filter.toYear == null) {
            return true;
        }
        if (date == null || date.earliest == null && date.latest == null) {
            return false;
        }
        return (filter.fromYear == null || date.latest == null || !date.latest.isBefore(LocalDate.of(filter.fromYear, 1, 1)))
                && (filter.toYear == null || date.earliest == null || !date.earliest.isAfter(LocalDate.of(filter.toYear, 12, 31)));
    }
}
