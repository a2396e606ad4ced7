package org.maquis.archive.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maquis.archive.galaxy.Galaxy;
import org.maquis.archive.support.GraphQL;

/**
 * Walking a connection page by page, forward or backward, gives every node exactly once, in the same
 * order as one big page: for root connections (the timeline) and nested ones (an event's participants),
 * and over a generated galaxy large enough for ties in every sort key.
 */
@QuarkusTest
class PagingTest {

    @Inject
    AgroalDataSource database;

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7})
    void theTimelineWalksForwardAndBackward(int size) {
        List<String> whole = page("paging/events", Map.of("first", 100), "data.events").slugs;
        assertTrue(whole.size() > 20, "the article dates more than twenty events");
        assertEquals(whole, forward("paging/events", "data.events", size, Map.of()));
        assertEquals(whole, backward("paging/events", "data.events", size, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void aNestedConnectionWalksForwardAndBackward(int size) {
        Map<String, Object> vars = Map.of("slug", "founding-of-the-maquis");
        List<String> whole = page("paging/participants", with(vars, "first", 100), "data.event.participants").slugs;
        assertTrue(whole.size() >= 2, "Sarek and Marlena Moreau founded the Maquis");
        assertEquals(whole, forward("paging/participants", "data.event.participants", size, vars));
        assertEquals(whole, backward("paging/participants", "data.event.participants", size, vars));
    }

    /**
     * Over a generated galaxy, where many people share a name and many events a date: every order of a large
     * root connection and of a large nested one walks by keyset cursors to exactly the order PostgreSQL gives,
     * forward and backward, each node once.
     */
    @Test
    void keysetCursorsWalkLargeConnectionsWithTies() throws SQLException {
        try (Connection c = database.getConnection()) {
            Galaxy.remove(c);
            Galaxy.load(c, 400, 42);
        }
        try {
            for (String order : List.of("NAME_ASC", "NAME_DESC")) {
                List<String> expected = column("select slug from person order by name " + order.substring(5)
                        + ", id " + order.substring(5));
                assertTrue(expected.size() > new java.util.HashSet<>(names()).size(), "some people share a name");
                Map<String, Object> vars = Map.of("orderBy", order);
                assertEquals(expected, forward("paging/people-ordered", "data.people", 37, vars), order);
                assertEquals(expected, backward("paging/people-ordered", "data.people", 37, vars), order);
            }
            Map<String, String> timelines = Map.of(
                    "DATE_ASC", "date_first, date_last, id", "DATE_DESC", "date_first_desc desc, date_last_desc desc, id desc");
            for (var timeline : timelines.entrySet()) {
                List<String> expected = column("select slug from event order by " + timeline.getValue());
                Map<String, Object> vars = Map.of("orderBy", timeline.getKey());
                assertEquals(expected, forward("paging/events-ordered", "data.events", 41, vars), timeline.getKey());
                assertEquals(expected, backward("paging/events-ordered", "data.events", 41, vars), timeline.getKey());
            }
            List<String> members = column("select m.id from membership m join faction f on f.id = m.faction_id"
                    + " where f.slug = 'maquis' order by m.sort_date, m.id");
            assertTrue(members.size() > 100, "the Maquis has most people as members");
            Map<String, Object> vars = Map.of("slug", "maquis");
            assertEquals(members, ids(forward("paging/members", "data.faction.members", 29, vars)));
            assertEquals(members, ids(backward("paging/members", "data.faction.members", 29, vars)));
        } finally {
            try (Connection c = database.getConnection()) {
                Galaxy.remove(c);
            }
        }
    }

    /**
     * A year window on the timeline, over a galaxy and a few events whose dates follow no calendar step, one
     * day either side of a step, or are open at one end: walked forward and backward in both timeline orders,
     * it gives exactly the events that can have happened in the window, those that began before it and run
     * into it included, in PostgreSQL's order.
     */
    @Test
    void aYearWindowWalksWithTheEventsThatStraddleIt() throws SQLException {
        try (Connection c = database.getConnection()) {
            Galaxy.remove(c);
            Galaxy.load(c, 400, 42);
            try (Statement s = c.createStatement()) {
                s.execute("insert into event (id, slug, name, universe, kind, description, date_earliest, date_latest)"
                        + " select 19000000 + n, 'odd-' || n, 'Odd ' || n, 'MIRROR', 'RAID', 'odd', e, l from (values"
                        + " (1, date '2373-12-31', date '2373-12-31'), (2, '2374-01-01', '2374-01-01'),"
                        + " (3, '2373-06-15', '2374-02-01'), (4, '2373-01-02', '2373-12-31'),"
                        + " (5, '2364-01-02', '2374-01-01'), (6, '2274-01-01', '2374-01-01'),"
                        + " (7, '2300-03-01', null), (8, null, '2380-06-30'), (9, '2340-12-31', '2341-01-30'),"
                        + " (10, '2373-12-01', '2373-12-31'), (11, '2373-12-02', '2374-01-01'),"
                        + " (12, '2363-01-01', '2373-12-31')) as d(n, e, l)");
            }
        }
        try {
            Map<String, String> timelines = Map.of(
                    "DATE_ASC", "date_first, date_last, id", "DATE_DESC", "date_first_desc desc, date_last_desc desc, id desc");
            Integer[][] windows = {{2374, 2374}, {2300, 2340}, {2341, 2341}, {2370, null}, {null, 2200}};
            for (Integer[] window : windows) {
                Map<String, Object> vars = new HashMap<>();
                String where = "true";
                if (window[0] != null) {
                    vars.put("fromYear", window[0]);
                    where += " and (date_latest >= date '" + window[0] + "-01-01'"
                            + " or (date_latest is null and date_earliest is not null))";
                }
                if (window[1] != null) {
                    vars.put("toYear", window[1]);
                    where += " and (date_earliest <= date '" + window[1] + "-12-31'"
                            + " or (date_earliest is null and date_latest is not null))";
                }
                if (window[0] != null) {
                    List<String> straddling = column("select slug from event where " + where
                            + " and date_earliest < date '" + window[0] + "-01-01'");
                    assertFalse(straddling.isEmpty(), "events run into the window from before it");
                }
                for (var timeline : timelines.entrySet()) {
                    List<String> expected = column("select slug from event where " + where + " order by " + timeline.getValue());
                    String label = timeline.getKey() + " " + java.util.Arrays.toString(window);
                    assertTrue(expected.size() > 3, label + ": a window of several pages");
                    Map<String, Object> ordered = with(vars, "orderBy", timeline.getKey());
                    assertEquals(expected, forward("paging/events-window", "data.events", 3, ordered), label);
                    assertEquals(expected, backward("paging/events-window", "data.events", 3, ordered), label);
                }
            }
        } finally {
            try (Connection c = database.getConnection()) {
                Galaxy.remove(c);
            }
        }
    }

    private List<String> names() throws SQLException {
        return column("select name from person");
    }

    /** Row keys out of global ids, to compare a connection with the table. */
    private static List<String> ids(List<String> globalIds) {
        return globalIds.stream().map(id -> String.valueOf(org.maquis.archive.relay.GlobalId.decode(id).rowId())).toList();
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static List<String> forward(String operation, String path, int size, Map<String, Object> vars) {
        List<String> seen = new ArrayList<>();
        Page page = page(operation, with(vars, "first", size), path);
        seen.addAll(page.slugs);
        while (page.hasNext) {
            assertFalse(page.slugs.isEmpty());
            page = page(operation, with(with(vars, "first", size), "after", page.end), path);
            seen.addAll(page.slugs);
        }
        return seen;
    }

    private static List<String> backward(String operation, String path, int size, Map<String, Object> vars) {
        List<String> seen = new ArrayList<>();
        Page page = page(operation, with(vars, "last", size), path);
        seen.addAll(0, page.slugs);
        while (page.hasPrevious) {
            page = page(operation, with(with(vars, "last", size), "before", page.start), path);
            seen.addAll(0, page.slugs);
        }
        return seen;
    }

    private record Page(List<String> slugs, boolean hasNext, boolean hasPrevious, String start, String end) {
    }

    private static Page page(String operation, Map<String, Object> vars, String path) {
        JsonPath json = GraphQL.run(operation, vars).statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), "no errors");
        List<String> slugs = json.getList(path + ".edges.node.key");
        assertEquals(slugs, json.getList(path + ".nodes.key"), "edges and nodes agree");
        assertTrue(json.getInt(path + ".totalCount") >= slugs.size());
        return new Page(slugs, json.getBoolean(path + ".pageInfo.hasNextPage"),
                json.getBoolean(path + ".pageInfo.hasPreviousPage"),
                json.getString(path + ".pageInfo.startCursor"), json.getString(path + ".pageInfo.endCursor"));
    }

    private static Map<String, Object> with(Map<String, Object> vars, String name, Object value) {
        Map<String, Object> copy = new HashMap<>(vars);
        copy.put(name, value);
        return Collections.unmodifiableMap(copy);
    }
}
