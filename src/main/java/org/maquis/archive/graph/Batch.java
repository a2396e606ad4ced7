package org.maquis.archive.graph;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Batch loading for nested fields: one statement for a whole level of the query, whatever the number of
 * parents, so that a query costs statements by its depth and not by its rows. Every method answers one
 * value per parent, in the parents' order, as SmallRye's batched {@code @Source List<...>} resolvers need.
 */
public final class Batch {

    private Batch() {
    }

    /** Loads rows of {@code type} whose {@code field} is one of {@code values}, in one statement. */
    public static <T> Uni<List<T>> where(Class<T> type, String field, Collection<Long> values, String orderBy) {
        if (values.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String hql = "from " + type.getSimpleName() + " where " + field + " in :values order by " + orderBy;
        return Panache.getSession().chain(session -> session.createSelectionQuery(hql, type)
                .setParameter("values", values).getResultList());
    }

    /** The row each parent points to through a foreign key (a many-to-one), or null. */
    public static <P, T extends Row> Uni<List<T>> referenced(List<P> parents, Function<P, Long> key, Class<T> type) {
        return Reads.inOwnSession(() -> where(type, "rowId", distinct(parents, key), "rowId")
                .map(rows -> {
                    Map<Long, T> byId = new LinkedHashMap<>();
                    rows.forEach(row -> byId.put(row.rowId, row));
                    return parents.stream().map(p -> byId.get(key.apply(p))).toList();
                }));
    }

    /** The rows of {@code type} that point back to each parent through {@code field} (a one-to-many). */
    public static <P extends Row, T> Uni<List<List<T>>> referencing(List<P> parents, Class<T> type, String field,
            Function<T, Long> key, String orderBy) {
        return Reads.inOwnSession(() -> where(type, field, distinct(parents, p -> p.rowId), orderBy)
                .map(rows -> groupBy(parents, rows, key)));
    }

    /**
     * Rows of a relation stored once per pair (an alliance names its two empires in either column): those
     * that name any parent on either side, in one statement; a row lands under both parents it names.
     */
    public static <P extends Row, T> Uni<List<List<T>>> referencingEither(List<P> parents, Class<T> type,
            String left, Function<T, Long> leftKey, String right, Function<T, Long> rightKey, String orderBy) {
        var ids = distinct(parents, p -> p.rowId);
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

    /**
     * The rows each parent reaches through a link table: the links that point back to the parent, then the
     * rows they point to. Two statements for the whole batch.
     */
    public static <P extends Row, L, T extends Row> Uni<List<List<T>>> linked(List<P> parents, Class<L> link,
            String parentField, Function<L, Long> parentKey, Function<L, Long> targetKey, Class<T> target,
            String orderBy) {
        return Reads.inOwnSession(() -> where(link, parentField, distinct(parents, p -> p.rowId), "rowId")
                .chain(links -> where(target, "rowId", distinct(links, targetKey), orderBy)
                        .map(targets -> {
                            Map<Long, List<L>> linksByTarget = new LinkedHashMap<>();
                            links.forEach(l -> linksByTarget.computeIfAbsent(targetKey.apply(l), k -> new ArrayList<>()).add(l));
                            Map<Long, List<T>> byParent = new LinkedHashMap<>();
                            for (T row : targets) {
                                for (L l : linksByTarget.getOrDefault(row.rowId, List.of())) {
                                    byParent.computeIfAbsent(parentKey.apply(l), k -> new ArrayList<>()).add(row);
                                }
                            }
                            return parents.stream().map(p -> byParent.getOrDefault(p.rowId, List.<T>of())).toList();
                        })));
    }

    /**
     * Pages each parent's list in memory: nested lists are short, and this keeps one statement per level.
     * The page arguments are checked first, inside the Uni: SmallRye reports an exception thrown before a
     * batched resolver returns as code `runtime`, while a failed Uni keeps its code.
     */
    public static <T, C> Uni<List<C>> pages(Uni<List<List<T>>> lists, Integer first, String after, Integer last,
            String before, PageLimits limits, Function<Slice<T>, C> page) {
        return PageRequest.checked(first, after, last, before, limits).chain(request -> lists.map(all -> all.stream()
                .map(list -> page.apply(Slice.of(list, request.window(list.size())))).toList()));
    }

    /** Groups rows under the parent each points to, keeping the rows' order. */
    private static <P extends Row, T> List<List<T>> groupBy(List<P> parents, List<T> rows, Function<T, Long> key) {
        Map<Long, List<T>> byParent = new LinkedHashMap<>();
        rows.forEach(row -> byParent.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return parents.stream().map(p -> byParent.getOrDefault(p.rowId, List.<T>of())).toList();
    }

    public static <T> Set<Long> distinct(Collection<T> rows, Function<T, Long> key) {
        Set<Long> keys = new LinkedHashSet<>();
        rows.stream().map(key).filter(Objects::nonNull).forEach(keys::add);
        return keys;
    }
}
