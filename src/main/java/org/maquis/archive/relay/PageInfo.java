package org.maquis.archive.relay;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page stands in its connection, and the cursors to walk on from it.")
public record PageInfo(
        @NonNull @Description("True when more nodes follow this page.") boolean hasNextPage,
        @NonNull @Description("True when more nodes come before this page.") boolean hasPreviousPage,
        @Description("The cursor of the first edge of the page, or null when the page is empty.") String startCursor,
        @Description("The cursor of the last edge of the page, or null when the page is empty.") String endCursor) {
}
