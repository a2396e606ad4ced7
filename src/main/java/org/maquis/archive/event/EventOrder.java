package org.maquis.archive.event;

import static org.maquis.archive.data.Order.bigint;
import static org.maquis.archive.data.Order.date;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.data.Order;

@Description("The order of a connection of events. `DATE_ASC` reads as the timeline.")
public enum EventOrder {
    @Description("Earliest first: by the first day the date can mean (or its last day, for a date open at the start "
            + "such as \"by the 2370s\"); undated events last; ties in the order the article tells them.")
    DATE_ASC(Order.ascending("timeline", date("t.date_first"), date("t.date_last")), "t.date_first", "t.date_last"),
    @Description("Latest first, the reverse of `DATE_ASC` for dated events; undated events still last.")
    DATE_DESC(Order.descending("timeline-desc", date("t.date_first_desc"), date("t.date_last_desc")),
            "t.date_first_desc", "t.date_last_desc"),
    @Description("By name, A to Z.")
    NAME_ASC(Order.NAME),
    @Description("By name, Z to A.")
    NAME_DESC(Order.NAME_DESC);

    /**
     * A participant's events on the timeline: the event's sort keys are copied onto each participant row
     * (V5__keyset_orders.sql), then ties in the article's order of the events.
     */
    static final Order PARTICIPANT_TIMELINE = Order.ascending("participant-timeline",
            date("t.event_first"), date("t.event_last"), bigint("t.event_id"));

    private final Order order;
    private final String[] window;

    EventOrder(Order order, String... window) {
        this.order = order;
        this.window = window.length == 0 ? null : window;
    }

    /** The order as data: its sort keys serve ORDER BY and the cursors alike. */
    public Order order() {
        return order;
    }

    /**
     * For an order on the timeline, the columns that hold an event's first and last day as this order's
     * index keeps them (V6__timeline_window.sql), by which a year window is read; null for other orders.
     */
    String[] window() {
        return window;
    }
}
