package org.maquis.archive.cell;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of resistance cells.")
public class CellConnection extends Connection<Cell, CellConnection.CellEdge> {

    public CellConnection(Slice<Cell> slice) {
        super(slice, CellEdge::new);
    }

    @Description("A cell in a page, with its cursor.")
    public static class CellEdge extends Edge<Cell> {
        CellEdge(String cursor, Cell node) {
            super(cursor, node);
        }
    }
}
