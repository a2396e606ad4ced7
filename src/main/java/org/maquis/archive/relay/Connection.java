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

    private final List<E> edges;
    private final List<N> nodes;
    private final PageInfo pageInfo;
    private final Integer totalCount;

    protected Connection(Slice<N> slice, BiFunction<String, N, E> edge) {
        this.nodes = slice.items();
        this.edges = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(edge.apply(slice.cursors().get(i), nodes.get(i)));
        }
        this.totalCount = slice.total();
        this.pageInfo = new PageInfo(slice.hasNext(), slice.hasPrevious(),
                edges.isEmpty() ? null : edges.get(0).getCursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor());
    }

    @NonNull
    @Description("The nodes of this page, each with its cursor.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The nodes of this page, without cursors.")
    public List<@NonNull N> getNodes() {
        return nodes;
    }

    @NonNull
    @Description("Where this page stands, and the cursors to walk on.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @NonNull
    @Description("How many nodes the whole connection holds, across all pages.")
    public int getTotalCount() {
        // Counted only when the query selects it (see PageRequest.countTotal), so never null when read.
        return totalCount;
    }
}
