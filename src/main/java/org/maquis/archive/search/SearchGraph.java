package org.maquis.archive.search;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.maquis.archive.graph.BadUserInput;
import org.maquis.archive.graph.Node;
import org.maquis.archive.graph.NodeLoader;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.graph.PageRequest;
import org.maquis.archive.graph.Reads;
import org.maquis.archive.graph.Slice;
import org.maquis.archive.graph.Window;

/**
 * Search across every type, in PostgreSQL: full-text rank (names weigh more than descriptions) plus the
 * trigram similarity of the name, so that the thing named most nearly comes first and a misspelt name
 * still finds its thing.
 */
@GraphQLApi
public class SearchGraph {

    static final int MAX_QUERY_LENGTH = 200;

    /**
     * How many candidates each index may contribute to a search: the trigram index (names close to the
     * query) and the full-text index (documents containing the query's words). Only candidates are ranked,
     * so a search costs at most about twice this many rows, however many documents match; when an index
     * finds more, the first it finds (in storage order, not the best) are kept, and the rest are not
     * reachable by paging. A query's exact words always count: a name found by its words is ranked even
     * when its fuzzy matches exceed the cap.
     */
    static final int CANDIDATES = 1000;

    /**
     * The candidates of a query and their score. `<%` is word similarity at PostgreSQL's
     * `pg_trgm.word_similarity_threshold` (0.6 by default), served by the trigram GIN index on plain_name;
     * `@@` by the GIN index on document. The query text is unaccented once (a materialized CTE, read by the
     * index conditions as init-plan parameters), not once per row. The score is a double computed from the
     * stored document and the query only, so the same row scores the same bits on every page: a keyset
     * (score, type, id) cursor is exact.
     */
    private static final String SCORED = """
            with q as materialized (
                   select websearch_to_tsquery('english', unaccent(:q)) as ts, lower(unaccent(:q)) as text),
                 fuzzy as (
                   select d.type, d.id, d.document, d.plain_name from search_document d
                   where (select text from q) <%% d.plain_name
                   limit %1$d),
                 words as (
                   select d.type, d.id, d.document, d.plain_name from search_document d
                   where d.document @@ (select ts from q)
                   limit %1$d),
                 candidates as (
                   select * from fuzzy
                   union all
                   select * from words w where not exists (select from fuzzy f where f.type = w.type and f.id = w.id)),
                 scored as (
                   select c.type, c.id,
                          cast(ts_rank(c.document, q.ts) + similarity(c.plain_name, q.text)
                               + 0.5 * word_similarity(q.text, c.plain_name) as double precision) as score
                   from candidates c, q)
            """.formatted(CANDIDATES);

    /** The order of results, best first; ties by type, then id, so that paging is exact. */
    private static final String ORDER = " order by score desc, type, id";

    /** Every reachable match, best first (paged by offset/limit for now). Columns: type, id, score. */
    static final String MATCHES = SCORED + "select type, id, score from scored" + ORDER;

    /**
     * The first page for the keyset cursor (score, type, id): {@code :limit} is the page size plus one, so
     * that the extra row tells hasNextPage.
     */
    static final String FIRST_PAGE = MATCHES + " limit :limit";

    /**
     * The page after a cursor (score, type, id) taken from the last row of the previous page: rows that come
     * after it in {@link #ORDER}, i.e. a lower score, or the same score and a greater (type, id).
     */
    static final String PAGE_AFTER = SCORED + """
            select type, id, score from scored
            where score < :score or (score = :score and (type, id) > (:type, :id))""" + ORDER + " limit :limit";

    /** How many matches paging can reach: for `totalCount`, run only when it is selected. */
    static final String COUNT = SCORED + "select count(*) from candidates";

    private final PageLimits limits;
    private final NodeLoader loader;

    public SearchGraph(PageLimits limits, NodeLoader loader) {
        this.limits = limits;
        this.loader = loader;
    }

    @Query
    @NonNull
    @Description("Everything whose name or description matches the query, best match first, of any type. "
            + "Words are matched in any form (\"raids\" finds \"raid\"), and a misspelt name still finds its thing.")
    public Uni<SearchConnection> search(
            @NonNull @Description("Words to look for, as typed; at most 200 characters.") String query,
            @Description("Take this many from the start (or from `after`); at most the maximum page size.") Integer first,
            @Description("Start after this cursor.") String after) {
        String text = query.strip();
        if (text.isEmpty() || text.length() > MAX_QUERY_LENGTH) {
            throw new BadUserInput("`query` must have 1 to " + MAX_QUERY_LENGTH + " characters.");
        }
        PageRequest page = PageRequest.of(first, after, null, null, limits);
        return Reads.inOwnSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(COUNT, Long.class)
                .setParameter("q", text).getSingleResult()
                .chain(total -> {
                    Window window = page.window(total.intValue());
                    return session.createNativeQuery(MATCHES + " offset :offset limit :limit", Object[].class)
                            .setParameter("q", text).setParameter("offset", window.offset())
                            .setParameter("limit", window.limit()).getResultList()
                            .map(rows -> new Hits(rows, window.offset(), total.intValue()));
                })))
                .chain(this::nodes)
                .map(SearchConnection::new);
    }

    /** The ranked (type, row key) pairs of one page. */
    private record Hits(List<Object[]> rows, int offset, int total) {
    }

    /** Loads the page's things, one statement per type, and keeps the rank order. */
    private Uni<Slice<Node>> nodes(Hits hits) {
        Map<String, List<Long>> byType = new LinkedHashMap<>();
        hits.rows().forEach(r -> byType.computeIfAbsent((String) r[0], t -> new ArrayList<>()).add(((Number) r[1]).longValue()));
        if (byType.isEmpty()) {
            return Uni.createFrom().item(new Slice<>(List.of(), hits.offset(), hits.total()));
        }
        List<String> types = new ArrayList<>(byType.keySet());
        return Uni.join().all(types.stream().map(t -> loader.load(t, byType.get(t))).toList()).andFailFast()
                .map(loaded -> {
                    List<Node> ranked = new ArrayList<>();
                    for (Object[] r : hits.rows()) {
                        Node node = loaded.get(types.indexOf((String) r[0])).get(((Number) r[1]).longValue());
                        if (node != null) {
                            ranked.add(node);
                        }
                    }
                    return new Slice<>(ranked, hits.offset(), hits.total());
                });
    }
}
