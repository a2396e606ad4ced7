package org.maquis.archive.search;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.maquis.archive.relay.Paging;
import org.maquis.archive.errors.BadUserInput;
import org.maquis.archive.engine.Loaders;
import org.maquis.archive.relay.Node;
import org.maquis.archive.data.NodeLoader;
import org.maquis.archive.data.NodeType;
import org.maquis.archive.relay.PageLimits;
import org.maquis.archive.data.Reads;
import org.maquis.archive.data.Slice;

/**
 * Search across every type, in PostgreSQL: full-text rank (names weigh more than descriptions) plus the
 * trigram similarity of the name, so that the thing named most nearly comes first and a misspelt name
 * still finds its thing. A cursor carries its hit's score and key, so a page after it is a keyset too.
 */
@GraphQLApi
public class SearchGraph {

    static final int MAX_QUERY_LENGTH = 200;

    /**
     * How many candidates each index may contribute to a search: the trigram index (names close to the
     * query) and the full-text index (documents containing the query's words). Only candidates are ranked,
     * so a search costs at most about twice this many rows, however many documents match. Fuzzy candidates
     * come name by name, the names closest to the query first; when the full-text index finds more, the first
     * it finds (in storage order, not the best) are kept, read in three parts of the documents, the smallest first
     * (V14: a frequent word costs a 256th of its documents). The rest are not reachable by paging. A query's exact
     * words always count: a name found by its words is ranked even when its fuzzy matches exceed the cap.
     * At a million people eight full names are each borne by some 20 thousand people: 100 of a name's documents
     * rank as well as 1,000 would (they score alike), and a tenth as many are ranked (the statement took 6.9 ms
     * with 1,000, 4.3 ms with 100, over `galaxy_bench_1000000`; 1.2 ms either way at a thousand people).
     */
    public static final int CANDIDATES = 100;

    /**
     * The candidates of a query and their score. `<%` is word similarity at PostgreSQL's
     * `pg_trgm.word_similarity_threshold` (0.6 by default), served by the trigram GIN index on the distinct names
     * (search_name, V8__search_names.sql: names repeat, so it is far smaller than the documents), whose
     * documents are then read by name; `@@` by the GIN index on document. Each index condition names the query
     * text's parameter itself, not the `q` CTE (an init-plan made the planner take a sequential scan under
     * `limit`; at a million documents that scan took seconds). The pool's connections plan this statement once, generically: that plan reads both GIN
     * indexes at a million documents (ScaleTest checks it over its larger data), while a plan made for one text
     * was worse there (a parallel sequential scan). The score is a double computed from the stored document and the
     * query only, so the same row scores the same bits on every page: a keyset (score, type, id) cursor is
     * exact. A fuzzy candidate's two trigram similarities are those of its name, computed once per name rather than
     * once per document (at a million people a hundred candidates may share two names), with the same types and
     * the same sum, so the same bits. The {@code offset 0} keeps the per-name subquery a level of its own: pulled up
     * into the join, its {@code similarity} was computed for each of the hundred documents again (SearchCostTest
     * counts the calls).
     */
    private static final String SCORED = """
            with q as materialized (
                   select websearch_to_tsquery('english', unaccent(:q)) as ts, lower(unaccent(:q)) as text),
                 names as (
                   select n.plain_name, word_similarity(lower(unaccent(:q)), n.plain_name) as closeness from search_name n
                   where lower(unaccent(:q)) <%% n.plain_name and n.documents > 0
                   order by closeness desc, n.plain_name
                   limit %1$d),
                 fuzzy as (
                   select d.type, d.id, d.document, n.similarity, n.closeness
                   from (select n.plain_name, similarity(n.plain_name, q.text) as similarity, n.closeness from names n, q offset 0) n
                   cross join lateral (select * from search_document d where d.plain_name = n.plain_name limit %1$d) d
                   limit %1$d),
                 words as (
                   (select d.type, d.id, d.document, d.plain_name from search_document d
                    where d.document @@ websearch_to_tsquery('english', unaccent(:q)) and search_words_part_1(d.id)
                    limit %1$d)
                   union all
                   (select d.type, d.id, d.document, d.plain_name from search_document d
                    where d.document @@ websearch_to_tsquery('english', unaccent(:q)) and search_words_part_2(d.id)
                    limit %1$d)
                   union all
                   (select d.type, d.id, d.document, d.plain_name from search_document d
                    where d.document @@ websearch_to_tsquery('english', unaccent(:q)) and search_words_part_3(d.id)
                    limit %1$d)
                   limit %1$d),
                 candidates as (
                   select * from fuzzy
                   union all
                   select w.type, w.id, w.document, similarity(w.plain_name, q.text), word_similarity(q.text, w.plain_name)
                   from words w, q where not exists (select from fuzzy f where f.type = w.type and f.id = w.id)),
                 scored as (
                   select c.type, c.id,
                          cast(ts_rank(c.document, q.ts) + c.similarity + 0.5 * c.closeness as double precision) as score
                   from candidates c, q)
            """.formatted(CANDIDATES);

    /** Every reachable match with its score. */
    static final String MATCHES = SCORED + "select type, id, score from scored";

    /** How many matches paging can reach: for `totalCount`, counted only when it is selected. */
    private static final String COUNT = SCORED + "select count(*) from candidates";

    /** After a cursor: a lower score, or the same score and a later (type, key). */
    private static final String AFTER = " and (score < :score or (score = :score and (type, id) > (:type, :id)))";

    private static final String ORDER = " order by score desc, type, id limit ";

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
            @Description(Paging.AFTER) String after) {
        String text = query.strip();
        if (text.isEmpty() || text.length() > MAX_QUERY_LENGTH) {
            throw new BadUserInput("`query` must have 1 to " + MAX_QUERY_LENGTH + " characters.");
        }
        int size = pageSize(first);
        Hit from = after == null ? null : Hit.decode(after);
        boolean countTotal = Loaders.selects("totalCount");
        Set<String> fields = Loaders.selected("nodes", "edges/node");
        return hits(text, from, size)
                .chain(hits -> (countTotal ? count(text) : Uni.createFrom().<Integer>nullItem())
                        .map(total -> new Page(hits, total)))
                .chain(page -> nodes(page, size, from != null, fields))
                .map(SearchConnection::new);
    }

    private int pageSize(Integer first) {
        if (first == null) {
            return limits.defaultSize();
        }
        if (first < 0 || first > limits.maxSize()) {
            throw new BadUserInput("`first` must be 0 to " + limits.maxSize() + ", was " + first + ".");
        }
        return first;
    }

    /**
     * The page's hits and one more (whether more follow), over the reactive client ({@link Reads#statement}): through
     * Hibernate's native query the statement's text was parsed again for every search (its parameters, its brackets),
     * a quarter of the API's CPU for a search.
     */
    private static Uni<List<Hit>> hits(String text, Hit from, int size) {
        Map<String, Object> values = new HashMap<>();
        values.put("q", text);
        if (from != null) {
            values.put("score", from.score());
            values.put("type", from.type());
            values.put("id", from.id());
        }
        return Reads.statement("select * from (" + MATCHES + ") m where true" + (from == null ? "" : AFTER) + ORDER + (size + 1), values)
                .map(rows -> {
                    List<Hit> hits = new ArrayList<>(rows.size());
                    rows.forEach(r -> hits.add(new Hit(r.getString(0), r.getLong(1), r.getDouble(2))));
                    return hits;
                });
    }

    private static Uni<Integer> count(String text) {
        return Reads.statement(COUNT, Map.of("q", text)).map(rows -> rows.iterator().next().getLong(0).intValue());
    }

    /** One hit: the thing's type and key, and its score; its cursor carries all three. */
    record Hit(String type, long id, double score) {

        String cursor() {
            String json = new JsonArray().add(type).add(id).add(score).encode();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(("search:" + json).getBytes(StandardCharsets.UTF_8));
        }

        static Hit decode(String cursor) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                if (raw.startsWith("search:")) {
                    JsonArray values = new JsonArray(raw.substring("search:".length()));
                    // The type is bound in SQL: one of the archive's, never text PostgreSQL cannot take (a NUL).
                    if (values.size() == 3 && NodeType.named(values.getString(0)).isPresent()) {
                        return new Hit(values.getString(0), values.getLong(1), values.getDouble(2));
                    }
                }
            } catch (IllegalArgumentException | DecodeException | ClassCastException | NullPointerException malformed) {
                // falls through to the error below
            }
            throw new BadUserInput("`" + cursor + "` is not a valid search cursor.");
        }
    }

    private record Page(List<Hit> hits, Integer total) {
    }

    /** Loads the page's things, one statement per type, of what the query selects of them, and keeps the rank order. */
    private Uni<Slice<Node>> nodes(Page page, int size, boolean afterCursor, Set<String> fields) {
        List<Hit> hits = page.hits().subList(0, Math.min(size, page.hits().size()));
        boolean more = page.hits().size() > size;
        Map<String, List<Long>> byType = new LinkedHashMap<>();
        hits.forEach(h -> byType.computeIfAbsent(h.type(), t -> new ArrayList<>()).add(h.id()));
        if (byType.isEmpty()) {
            return Uni.createFrom().item(new Slice<>(List.of(), List.of(), more, afterCursor, page.total()));
        }
        List<String> types = new ArrayList<>(byType.keySet());
        return Uni.join().all(types.stream().map(t -> loader.load(t, byType.get(t), fields)).toList()).andFailFast()
                .map(loaded -> {
                    List<Node> ranked = new ArrayList<>();
                    List<String> cursors = new ArrayList<>();
                    for (Hit hit : hits) {
                        Node node = loaded.get(types.indexOf(hit.type())).get(hit.id());
                        if (node != null) {
                            ranked.add(node);
                            cursors.add(hit.cursor());
                        }
                    }
                    return new Slice<>(ranked, cursors, more, afterCursor, page.total());
                });
    }
}
