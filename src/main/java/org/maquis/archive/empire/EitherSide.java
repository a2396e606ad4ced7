package org.maquis.archive.empire;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.Reads;
import org.maquis.archive.graph.Row;

/**
 * Batch loading for a symmetric relation stored once per pair (an alliance names its two empires in either
 * column): the rows that name any parent on either side, in one statement for the whole batch.
 * Stopgap for a generic {@code Batch.referencingEither}: it belongs beside {@link Batch#referencing}.
 */
final class EitherSide {

    private EitherSide() {
    }

    /** The rows of {@code type} whose {@code left} or {@code right} field is each parent; a row names two. */
    static <P extends Row, T> Uni<List<List<T>>> referencing(List<P> parents, Class<T> type,
            String left, Function<T, Long> leftKey, String right, Function<T, Long> rightKey, String orderBy) {
        var ids = Batch.distinct(parents, p -> p.rowId);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String hql = "from " + type.getSimpleName() + " where " + left + " in :ids or " + right + " in :ids"
                + " order by " + orderBy;
        return Reads.inOwnSession(() -> Panache.getSession().chain(session -> session
                .createSelectionQuery(hql, type).setParameter("ids", ids).getResultList()))
                .map(rows -> {
                    Map<Long, List<T>> byParent = new LinkedHashMap<>();
                    for (T row : rows) {
                        byParent.computeIfAbsent(leftKey.apply(row), k -> new ArrayList<>()).add(row);
                        if (!rightKey.apply(row).equals(leftKey.apply(row))) {
                            byParent.computeIfAbsent(rightKey.apply(row), k -> new ArrayList<>()).add(row);
                        }
                    }
                    return parents.stream().map(p -> byParent.getOrDefault(p.rowId, List.<T>of())).toList();
                });
    }
}
