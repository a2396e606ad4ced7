package org.maquis.archive.relay;

import org.maquis.archive.data.Slice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of a list, as the GraphQL Cursor Connections specification has it. Each type has a named
 * subclass (`PersonConnection`, ...) so that the schema reads as clients expect.
 */
public abstract class Connection<N, E extends Edge<N>> {

    private final Slice<N> slice;
    private final BiFunction<String, N, E> edge;
    /** Built when first read: a query that selects only {@code nodes} builds no edge and encodes no cursor. */
    private List<E> edges;

    protected Connection(Slice<N> slice, BiFunction<String, N, E> edge) {
        this.slice = slice;
        this.edge = edge;
    }

    @NonNull
    @Description("The nodes of this page, each with its cursor.")
    public List<@NonNull E> getEdges() {
        if (edges == null) {
            List<N> nodes = slice.items();
            List<E> built = new ArrayList<>(nodes.size());
            for (int i = 0; i < nodes.size(); i++) {
                built.add(edge.apply(slice.cursors().get(i), nodes.get(i)));
            }
            edges = built;
        }
        return edges;
    }

    @NonNull
    @Description("The nodes of this page, without cursors.")
    public List<@NonNull N> getNodes() {
        return slice.items();
    }

    @NonNull
    @Description("Where this page stands, and the cursors to walk on.")
    public PageInfo getPageInfo() {
        return new PageInfo(slice.hasNext(), slice.hasPrevious(), slice.cursors());
    }

    @NonNull
    @Description("How many nodes the whole connection holds, across all pages.")
    public int getTotalCount() {
        // Counted only when the query selects it (see PageRequest.countTotal), so never null when read.
        return slice.total();
    }
}
