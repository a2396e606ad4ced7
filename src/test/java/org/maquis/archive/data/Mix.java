package org.maquis.archive.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.maquis.archive.galaxy.Galaxy;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Statements;
import org.maquis.archive.support.Statements.Cost;

/**
 * The benchmark's mix of queries (graphql/mix/), grown to the shapes clients send, and what each may cost at most:
 * statements per request, and rows read per request over a generated galaxy of {@value MixCostTest#SMALL} people
 * (1x) and over one a hundred times larger (100x). Rows are what PostgreSQL's statements returned
 * (pg_stat_statements): a page's rows, one more to know whether more follow, and the rows joined or loaded below.
 */
final class Mix {

    /** What an operation may cost: statements (at either size) and rows read at 1x and at 100x. */
    record Bound(long statements, long rowsAt1x, long rowsAt100x) {
    }

    /**
     * Every operation of the mix and its bound: what the archive costs today, exactly, so that a change that costs
     * one statement more, or one row more, fails (an unbatched per-row load of a page of 20 is 21 statements or more,
     * against 1 or 2 here). A page's rows are its own and one more; the to-ones its query selects are read with it
     * (JoinedToOnes: the events' places, the members' people and their homeworlds) and add no row. A bound may fall;
     * it rises only with a reason.
     */
    static final Map<String, Bound> BOUNDS = bounds(
            "person-by-slug", new Bound(1, 1, 1),
            "node", new Bound(1, 1, 1),
            "timeline-years", new Bound(1, 21, 21),
            "nested", new Bound(1, 11, 11),
            "three-levels", new Bound(2, 12, 12),
            "last-page", new Bound(1, 21, 21),
            "search", new Bound(2, 10, 11),
            "counted", new Bound(2, 12, 12),
            "page-20", new Bound(1, 21, 21),
            "page-50", new Bound(1, 51, 51),
            "page-100", new Bound(1, 101, 101),
            "backward", new Bound(1, 21, 21),
            "lists-of-lists", new Bound(1, 114, 381),
            "deep-to-ones", new Bound(1, 114, 381),
            "three-deep", new Bound(2, 153, 279),
            "nodes-50", new Bound(5, 50, 50),
            "search-fragments", new Bound(3, 13, 26));

    /**
     * Operations whose answers hold more rows at 100x than at 1x, up to their pages' sizes: at 1x most factions
     * have fewer than 20 members and a search finds fewer than 10 things. Their pages read are held per row read.
     */
    static final Set<String> FILLS_WITH_DATA = Set.of("lists-of-lists", "deep-to-ones", "three-deep", "search-fragments");

    /** The operations, in the order they run. */
    static final List<String> OPERATIONS = List.copyOf(BOUNDS.keySet());

    private Mix() {
    }

    private static Map<String, Bound> bounds(Object... pairs) {
        Map<String, Bound> bounds = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            bounds.put((String) pairs[i], (Bound) pairs[i + 1]);
        }
        return bounds;
    }

    /**
     * Loads a galaxy of {@code people} (removing any earlier one) and measures each operation of the mix once warmed
     * up: the cheapest of three runs by pages read, as a pool connection opened since (the test profile closes idle
     * ones after a second) reads the catalog on its first statements too (a text search configuration, types), by
     * tens of pages, which the statement's own count would include.
     */
    static Map<String, Cost> costs(DataSource database, Statements statements, int people) throws SQLException {
        try (Connection c = database.getConnection()) {
            Galaxy.remove(c);
            Galaxy.load(c, people, MixCostTest.SEED);
        }
        Map<String, Cost> costs = new LinkedHashMap<>();
        for (String operation : OPERATIONS) {
            Map<String, Object> given = variables(operation);
            GraphQL.run("mix/" + operation, given).statusCode(200);
            Cost cheapest = null;
            for (int run = 0; run < 3; run++) {
                Cost cost = statements.of("mix/" + operation, given);
                if (cheapest == null || cost.buffers() < cheapest.buffers()) {
                    cheapest = cost;
                }
            }
            costs.put(operation, cheapest);
        }
        return costs;
    }

    /** The variables an operation of the mix is sent with, read from the archive as it is. */
    static Map<String, Object> variables(String operation) {
        return switch (operation) {
            case "node" -> Map.of("id", GraphQL.run("mix/person-by-slug").extract().path("data.person.id"));
            case "backward" -> Map.of("before", GraphQL.run("mix/page-50").extract().path("data.events.pageInfo.endCursor"));
            case "nodes-50" -> Map.of("ids", mixedIds());
            default -> Map.of();
        };
    }

    /** Fifty ids of five types: people, events, places, factions and ships. */
    private static List<String> mixedIds() {
        var answer = GraphQL.run("scale/mixed-ids").statusCode(200).extract().jsonPath();
        List<String> ids = new ArrayList<>();
        for (String list : List.of("people", "events", "places", "factions", "ships")) {
            ids.addAll(answer.getList("data." + list + ".nodes.id", String.class));
        }
        if (ids.size() != 50) {
            throw new IllegalStateException("expected 50 ids, got " + ids.size());
        }
        return ids;
    }
}
