package org.maquis.archive.lore;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.data.Order;

@Description("The order of a connection of named things.")
public enum NameOrder {
    @Description("By name, A to Z.")
    NAME_ASC(Order.NAME),
    @Description("By name, Z to A.")
    NAME_DESC(Order.NAME_DESC);

    private final Order order;

    NameOrder(Order order) {
        this.order = order;
    }

    /** The order as data: its sort keys serve ORDER BY and the cursors alike. */
    public Order order() {
        return order;
    }
}
