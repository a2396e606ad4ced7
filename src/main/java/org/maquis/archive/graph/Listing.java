package org.maquis.archive.graph;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;

/** Root connections: a count and one page, read in a session of their own. */
public final class Listing {

    private Listing() {
    }

    /**
     * One page of the rows of {@code type} that match {@code where}, in {@code orderBy} order (which must end
     * with a unique key, so that paging is stable).
     */
    public static <T, C> Uni<C> page(Class<T> type, Where where, String orderBy, PageRequest request,
            Function<Slice<T>, C> connection) {
        String from = " from " + type.getSimpleName() + where.hql();
        return Reads.inOwnSession(() -> Panache.getSession().chain(session ->
                where.bind(session.createSelectionQuery("select count(*)" + from, Long.class)).getSingleResult()
                        .chain(total -> {
                            Window window = request.window(total.intValue());
                            if (window.limit() == 0) {
                                return Uni.createFrom().item(new Slice<T>(List.of(), window.offset(), total.intValue()));
                            }
                            return where.bind(session.createSelectionQuery(from + " order by " + orderBy, type))
                                    .setFirstResult(window.offset()).setMaxResults(window.limit())
                                    .getResultList()
                                    .map(rows -> new Slice<>(rows, window.offset(), total.intValue()));
                        })))
                .map(connection);
    }

    /** The row with this slug, or null. */
    public static <T> Uni<T> bySlug(Class<T> type, String slug) {
        return Reads.inOwnSession(() -> Panache.getSession().chain(session -> session
                .createSelectionQuery("from " + type.getSimpleName() + " where slug = :slug", type)
                .setParameter("slug", slug).getSingleResultOrNull()));
    }
}
