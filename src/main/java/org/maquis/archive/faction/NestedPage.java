package org.maquis.archive.faction;

import io.smallrye.mutiny.Uni;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.graph.PageRequest;

/**
 * The page arguments of a nested connection, checked inside the Uni. A batched {@code @Source List<...>}
 * resolver that throws before returning its Uni has the error wrapped by SmallRye, which then reports
 * `extensions.code: runtime` instead of `BAD_USER_INPUT`; a failed Uni keeps the code.
 * Stopgap for a shared helper beside {@code graph.Batch#pages}.
 */
public final class NestedPage {

    private NestedPage() {
    }

    public static Uni<PageRequest> request(Integer first, String after, Integer last, String before,
            PageLimits limits) {
        return Uni.createFrom().item(() -> PageRequest.of(first, after, last, before, limits));
    }
}
