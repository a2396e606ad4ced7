package org.maquis.archive.lore;

import org.eclipse.microprofile.graphql.Description;

@Description("The order of a connection of named things.")
public enum NameOrder {
    @Description("By name, A to Z.")
    NAME_ASC("name asc, rowId asc"),
    @Description("By name, Z to A.")
    NAME_DESC("name desc, rowId desc");

    private final String hql;

    NameOrder(String hql) {
        this.hql = hql;
    }

    /** The HQL order; it ends with the row key so that paging is stable. */
    public String hql() {
        return hql;
    }
}
