package org.maquis.archive.relay;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Where a page stands. Its cursors are encoded when read: a page whose query selects none was read without them
 * ({@code data/PageShape}).
 */
@Description("Where a page stands in its connection, and the cursors to walk on from it.")
public final class PageInfo {

    private final boolean hasNextPage;
    private final boolean hasPreviousPage;
    private final List<String> cursors;

    PageInfo(boolean hasNextPage, boolean hasPreviousPage, List<String> cursors) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.cursors = cursors;
    }

    @NonNull
    @Description("True when more nodes follow this page.")
    public boolean getHasNextPage() {
        return hasNextPage;
    }

    @NonNull
    @Description("True when more nodes come before this page.")
    public boolean getHasPreviousPage() {
        return hasPreviousPage;
    }

    @Description("The cursor of the first edge of the page, or null when the page is empty.")
    public String getStartCursor() {
        return cursors.isEmpty() ? null : cursors.get(0);
    }

    @Description("The cursor of the last edge of the page, or null when the page is empty.")
    public String getEndCursor() {
        return cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
    }
}
