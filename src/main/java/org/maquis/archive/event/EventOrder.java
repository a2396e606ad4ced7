package org.maquis.archive.event;

import org.eclipse.microprofile.graphql.Description;

@Description("The order of a connection of events. `DATE_ASC` reads as the timeline.")
public enum EventOrder {
    @Description("Earliest first: by the first day the date can mean (or its last day, for a date open at the start "
            + "such as \"by the 2370s\"); undated events last; ties in the order the article tells them.")
    DATE_ASC("coalesce(date.earliest, date.latest) asc nulls last, date.latest asc nulls last, rowId asc"),
    @Description("Latest first, the reverse of `DATE_ASC` for dated events; undated events still last.")
    DATE_DESC("coalesce(date.earliest, date.latest) desc nulls last, date.latest desc nulls last, rowId desc"),
    @Description("By name, A to Z.")
    NAME_ASC("name asc, rowId asc"),
    @Description("By name, Z to A.")
    NAME_DESC("name desc, rowId desc");

    private final String hql;

    EventOrder(String hql) {
        this.hql = hql;
    }

    /** The HQL order; it ends with the row key so that paging is stable. */
    public String hql() {
        return hql;
    }
}
