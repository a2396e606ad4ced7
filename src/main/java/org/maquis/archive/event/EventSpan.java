package org.maquis.archive.event;

import java.time.LocalDate;
import java.time.Period;
import org.maquis.archive.graph.Where;

/**
 * How long an event's date is, in calendar steps: the classes of the generated column {@code span_class}
 * (V6__timeline_window.sql, with the same codes and steps). An event of a class whose step is P ends before
 * its first day plus P, so if it reaches a window starting on S it began after S - P: a year window is read
 * class by class, each from where its events can begin, and no range holds many events that ended before it.
 */
enum EventSpan {
    OPEN_START(0, null),
    DAY(1, Period.ofDays(1)),
    MONTH(2, Period.ofMonths(1)),
    YEAR(3, Period.ofYears(1)),
    FOUR_YEARS(4, Period.ofYears(4)),
    DECADE(5, Period.ofYears(10)),
    HALF_CENTURY(6, Period.ofYears(50)),
    CENTURY(7, Period.ofYears(100)),
    LONGER(8, null),
    OPEN_END(9, null);

    private final int code;
    private final Period step;

    EventSpan(int code, Period step) {
        this.code = code;
        this.step = step;
    }

    /**
     * The index range of this class's events that can fall between {@code start} and {@code end} (either may
     * be null), over {@code first} and {@code last}, the first and last day as the page's order keeps them
     * (for a dated event both orders' keys are its first and last day). The filter itself (Where.overlapsYears)
     * still applies; the range only says where to read. A window always starts on January 1st, the first day
     * of a month, so that {@code start - step} is exact for steps in months and years.
     */
    String range(Where where, String first, String last, LocalDate start, LocalDate end) {
        String range = "t.span_class = " + code;
        if (start != null) {
            range += switch (this) {
                // Its first sort key is its last day, which must reach the window.
                case OPEN_START -> " and " + first + " >= " + where.value(start);
                // Whenever it began, it may still be going on.
                case OPEN_END -> "";
                // The longest span any event has (V5__keyset_orders.sql keeps it) bounds these few.
                case LONGER -> " and " + first + " >= (select cast(" + where.value(start) + " as date) - r.longest_span"
                        + " from event_reach r) and " + last + " >= " + where.value(start);
                default -> " and " + first + " > " + where.value(start.minus(step)) + " and " + last + " >= "
                        + where.value(start);
            };
        }
        if (end != null && this != OPEN_START) {
            // Open at the start, it can have happened before any year after its first sort key.
            range += " and " + first + " <= " + where.value(end);
        }
        return range;
    }
}
