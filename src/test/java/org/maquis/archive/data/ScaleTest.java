package org.maquis.archive.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.galaxy.Galaxy;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Statements.Cost;
import org.maquis.archive.support.Statements;

/**
 * What a load of a generated galaxy of {@value #SMALL} people leaves behind (indexes, triggers, search documents,
 * visible pages), and how a year window reads it. What the mix costs over it and over one a hundred times larger is
 * {@link MixCostTest}'s. Counted by PostgreSQL's pg_stat_statements and EXPLAIN; no timing is asserted.
 */
@QuarkusTest
class ScaleTest {

    static final int SMALL = 300;
    static final long SEED = 1701;

    @Inject
    AgroalDataSource database;

    @AfterEach
    void removeTheGalaxy() throws SQLException {
        try (Connection c = database.getConnection()) {
            Galaxy.remove(c);
        }
    }

    /** A load drops the indexes of the tables it writes and builds them again: each is there after it, as it was. */
    @Test
    void aLoadLeavesEveryIndexAsItWas() throws SQLException {
        List<String> before = indexes();
        try (Connection c = database.getConnection()) {
            Galaxy.load(c, SMALL, SEED);
        }
        assertEquals(before, indexes());
    }

    /** Each table with search documents (V4), by the type name its documents bear. */
    static final Map<String, String> SEARCHED = Map.of("Person", "person", "Species", "species", "Place", "place",
            "Empire", "empire", "Faction", "faction", "Cell", "cell", "ShipClass", "ship_class", "Ship", "ship",
            "Event", "event");

    /**
     * A load writes the generated rows' search documents itself, all at once (galaxy/SearchDocuments), with V4's
     * insert triggers disabled: every generated row has exactly the document V4's functions make of it, search_name
     * counts every name's documents (V8), before and after the galaxy is removed (by the delete triggers), and search
     * finds a generated event by its name.
     */
    @Test
    void aLoadWritesEachRowTheDocumentItsTriggerWould() throws SQLException {
        assertEquals(List.of(), miscountedNames(), "before a load");
        try (Connection c = database.getConnection()) {
            Galaxy.load(c, SMALL, SEED);
        }
        long rows = 0;
        for (var searched : SEARCHED.entrySet()) {
            String type = searched.getKey(), table = searched.getValue();
            rows += count("select count(*) from " + table + " where id >= " + Galaxy.BASE);
            assertEquals(0, count("select count(*) from " + table + " t where t.id >= " + Galaxy.BASE
                    + " and not exists (select from search_document d where d.type = '" + type + "' and d.id = t.id"
                    + " and d.name = t.name and d.plain_name = search_plain_name(t.name)"
                    + " and d.document = search_vector(t.name, t.description))"), type + " rows without their document");
        }
        assertTrue(rows > 2 * SMALL, "generated rows: " + rows);
        assertEquals(rows, count("select count(*) from search_document where id >= " + Galaxy.BASE), "documents");
        assertEquals(List.of(), miscountedNames(), "after a load");
        String generated = text("select name from event where id = " + (Galaxy.BASE + SMALL / 2));
        GraphQL.run("editing/search", Map.of("query", generated)).statusCode(200)
                .body("data.search.nodes.name", org.hamcrest.Matchers.hasItem(generated));
        try (Connection c = database.getConnection()) {
            Galaxy.remove(c);
        }
        assertEquals(0, count("select count(*) from search_document where id >= " + Galaxy.BASE), "after a removal");
        assertEquals(List.of(), miscountedNames(), "after a removal");
    }

    private List<String> miscountedNames() throws SQLException {
        try (Connection c = database.getConnection()) {
            return ReadsAfterWritesTest.miscountedNames(c);
        }
    }

    /**
     * A load and a removal disable the history triggers (galaxy/History) and the foreign keys' checks
     * (galaxy/ForeignKeys) for their transaction, and a load the participants' copy of their event's sort keys,
     * which it writes itself: the history function is not called once for the generated rows
     * (PostgreSQL counts its calls: track_functions), generated rows leave no history, and afterwards every trigger
     * is enabled as it was and an edit is recorded again.
     */
    @Test
    void aLoadCallsNoHistoryTriggerAndLeavesEveryTriggerAsItWas() throws SQLException {
        List<String> before = triggers();
        long changes = count("select count(*) from change");
        try (Connection c = database.getConnection()) {
            long calls = historyCalls(c);
            Galaxy.load(c, SMALL, SEED);
            assertEquals(calls, historyCalls(c), "history triggers called by a load");
            assertEquals(before, triggers(), "after a load");
            assertEquals(changes, count("select count(*) from change"), "a load records no history");
            // The load writes each participant's copy of its event's sort keys itself (V5's trigger disabled).
            assertTrue(count("select count(*) from event_participant where id >= " + Galaxy.BASE) > SMALL);
            assertEquals(0, count("select count(*) from event_participant p join event e on e.id = p.event_id"
                    + " where (p.event_first, p.event_last) is distinct from (e.date_first, e.date_last)"),
                    "participants whose sort keys are not their event's");
            try (Statement s = c.createStatement()) {
                s.execute("update species set description = description || '.' where id = " + Galaxy.BASE);
            }
            assertEquals(calls + 1, historyCalls(c), "history triggers called by an edit");
            assertEquals(changes + 1, count("select count(*) from change"), "an edit after it is recorded");
            Galaxy.remove(c);
            assertEquals(calls + 1, historyCalls(c), "history triggers called by a removal");
            assertEquals(before, triggers(), "after a removal");
        }
        assertEquals(changes + 1, count("select count(*) from change"), "a removal records no history");
    }

    /** The calls of the history function this session has made so far (counted once track_functions says so). */
    private static long historyCalls(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set track_functions = 'pl'");
            s.execute("select pg_stat_force_next_flush()"); // flushed as the session goes idle after this statement
            try (ResultSet rs = s.executeQuery("select coalesce(sum(calls), 0) from pg_stat_user_functions"
                    + " where funcname = 'record_change'")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<String> triggers() throws SQLException {
        List<String> triggers = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select format('%s %s %s', tgrelid::regclass, tgname, tgenabled) from pg_trigger order by 1")) {
            while (rs.next()) {
                triggers.add(rs.getString(1));
            }
        }
        assertTrue(triggers.stream().anyMatch(t -> t.equals("event event_history O")), String.valueOf(triggers));
        return triggers;
    }

    private String text(String query) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long count(String query) throws SQLException {
        return Long.parseLong(text(query));
    }

    /**
     * Search's GIN indexes take each write straight in (V9): a pending list of entries not yet merged, which GIN
     * keeps by default until a vacuum, would be read whole by every search.
     */
    @Test
    void searchIndexesKeepNoPendingList() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select string_agg(i.relname, ', ') filter (where not coalesce("
                     + "i.reloptions @> array['fastupdate=off'], false)), count(*) from pg_index x"
                     + " join pg_class i on i.oid = x.indexrelid join pg_am a on a.oid = i.relam where a.amname = 'gin'")) {
            rs.next();
            assertEquals(null, rs.getString(1), "GIN indexes with a pending list");
            assertEquals(4, rs.getInt(2), "search's GIN indexes: the documents' words in three parts (V14), the names' trigrams");
        }
    }

    /**
     * A year window on the timeline reads each of its ranges (one per length of date, V6__timeline_window.sql) from
     * the window index alone, the page's sort keys only, and then the page's rows by row key: the table's pages are
     * read for the rows returned, not for every range's candidates, and not all of them even where the table is as
     * small as here (a join with the page's keys was planned so, and took 3 times as long at a thousand events). A
     * bulk load leaves its pages all-visible (Galaxy's VACUUM), as autovacuum does in time.
     */
    @Test
    void aYearWindowReadsItsRangesFromTheIndexAlone() throws SQLException {
        try (Connection c = database.getConnection()) {
            Galaxy.load(c, SMALL, SEED);
        }
        Statements statements = Statements.counting(database);
        for (String order : List.of("DATE_ASC", "DATE_DESC")) {
            Cost cost = statements.of("paging/events-window", Map.of("first", 20, "fromYear", 2300, "toYear", 2380,
                    "orderBy", order));
            assertEquals(2, cost.statements(), order + ": the page and its totalCount");
            String index = order.equals("DATE_ASC") ? "event_window" : "event_window_desc";
            for (String query : cost.queries()) {
                // The count reads the same ranges, and no row at all.
                List<String> reads = query.startsWith("select count(*)") ? List.of("Index Only Scan using " + index)
                        : List.of("Index Only Scan using " + index, "Index Scan using event_pkey");
                assertEquals(reads, statements.scansOf(query, "event"), order + ": " + query);
            }
        }
    }

    private List<String> indexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "select indexdef from pg_indexes where schemaname = current_schema() order by 1")) {
            while (rs.next()) {
                definitions.add(rs.getString(1));
            }
        }
        return definitions;
    }
}
