package org.maquis.archive.relay;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One node of a connection with its cursor. Each type has a named subclass (`PersonEdge`, ...). */
public abstract class Edge<N> {

    private final String cursor;
    private final N node;

    protected Edge(String cursor, N node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Pass as `after` or `before` to walk on from this edge.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The node at this edge.")
    public N getNode() {
        return node;
    }
}
