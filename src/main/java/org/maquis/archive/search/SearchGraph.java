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

    /** The matching documents, best first; ties in a stable order so that paging is exact. */
    private static final String MATCHES = """
            with q as (select websearch_to_tsquery('english', unaccent(:q)) as ts, lower(unaccent(:q)) as text),
            scored as (
              select d.type, d.id,
                     ts_rank(d.document, q.ts) + similarity(d.plain_name, q.text)
                     + 0.5 * word_similarity(q.text, d.plain_name) as score,
                     d.document @@ q.ts as matches,
                     word_similarity(q.text, d.plain_name) as closeness
              from search_document d, q)
            select type, id from scored where matches or closeness >= 0.5
            order by score desc, type, id""";

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
                .createNativeQuery("select count(*) from (" + MATCHES + ") m", Long.class)
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
