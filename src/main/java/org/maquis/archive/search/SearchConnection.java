package org.maquis.archive.search;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.relay.Node;
import org.maquis.archive.data.Slice;

@Description("A page of search results: things of any type, best match first.")
public class SearchConnection extends Connection<Node, SearchConnection.SearchEdge> {

    public SearchConnection(Slice<Node> slice) {
        super(slice, SearchEdge::new);
    }

    @Description("A search result in a page, with its cursor.")
    public static class SearchEdge extends Edge<Node> {
        SearchEdge(String cursor, Node node) {
            super(cursor, node);
        }
    }
}
