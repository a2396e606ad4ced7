package org.maquis.archive.lore;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.GraphQL;

/**
 * The archive's dates are ISO years -4000 to 99999 everywhere (finding 4): a write beyond them is refused before it
 * runs, a date at each bound is stored and read back exactly (the reactive client's binary dates, PostgreSQL's years
 * BC), the timeline pages through such dates with its cursors, and the database holds the same bounds on every date
 * column (V11__date_bounds.sql).
 */
@QuarkusTest
class DateBoundsTest {

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    /** +5874898 was INTERNAL (22008); +999999999 was stored as year 466210; -4001 and 100000 were stored. */
    @ParameterizedTest
    @CsvSource({"+5874898-01-01, 5874898", "+999999999-12-31, 999999999", "-4001-12-31, -4001", "+100000-01-01, 100000"})
    void aDateBeyondTheArchivesYearsIsRefusedAndNothingIsWritten(String date, int year) throws SQLException {
        Archivist.run("boundary/create-person-died", Map.of("name", "Beyond " + date, "died", Map.of("wording", "x", "earliest", date)))
                .statusCode(200)
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("`$died.earliest` is outside the archive's dates. A year must be from"
                        + " -4000 to 99999, was " + year + "."))
                .body("data", nullValue());
        assertEquals("0", sql("select count(*) from person where name like 'Beyond %'"));
    }

    @Test
    void aDateAtEachBoundIsStoredAndReadBackExactly() throws SQLException {
        Map<String, String> died = Map.of("wording", "at the edges of the archive", "earliest", "-4000-01-01", "latest", "+99999-12-31");
        Archivist.run("boundary/create-person-died", Map.of("name", "Edge Walker", "died", died)).statusCode(200)
                .body("errors", nullValue()).body("data.createPerson.userErrors.size()", equalTo(0));
        GraphQL.run("boundary/person-died", Map.of("slug", "edge-walker")).statusCode(200)
                .body("errors", nullValue())
                .body("data.person.died.earliest", equalTo("-4000-01-01"))
                .body("data.person.died.latest", equalTo("+99999-12-31"))
                .body("data.person.died.earliestYear", equalTo(-4000))
                .body("data.person.died.latestYear", equalTo(99999));
        // PostgreSQL counts years BC without a year 0: ISO year -4000 is 4001 BC.
        assertEquals("4001-01-01 BC 99999-12-31", sql("select died_earliest || ' ' || died_latest from person where slug = 'edge-walker'"));
    }

    @Test
    void theTimelinePagesThroughDatesAtTheBounds() {
        record("Earliest Raid", "-4000-01-01", "-4000-12-31");
        record("Latest Raid", "+99999-01-01", "+99999-12-31");
        // A page of one at a time: every row's cursor is read back, those of the bounds' dates too.
        List<String> forward = walk("DATE_ASC");
        List<String> backward = walk("DATE_DESC");
        assertEquals("earliest-raid", forward.get(0), forward.toString());
        assertEquals("latest-raid", backward.get(0), backward.toString());
        assertEquals(forward.size(), new java.util.HashSet<>(forward).size(), "each event once: " + forward);
        assertEquals(new java.util.HashSet<>(forward), new java.util.HashSet<>(backward), "every event, each way");
        // A year at each bound finds its event (and those the article leaves open on that side), not the other's:
        // bound as a date, a year BC reached PostgreSQL as the same year AD.
        GraphQL.run("paging/events-window", Map.of("fromYear", -4000, "toYear", -4000, "orderBy", "DATE_ASC")).statusCode(200)
                .body("errors", nullValue()).body("data.events.nodes.key[0]", equalTo("earliest-raid"))
                .body("data.events.nodes.key", not(hasItem("latest-raid")));
        GraphQL.run("paging/events-window", Map.of("fromYear", 99999, "orderBy", "DATE_DESC")).statusCode(200)
                .body("errors", nullValue()).body("data.events.nodes.key[0]", equalTo("latest-raid"))
                .body("data.events.nodes.key", not(hasItem("earliest-raid")));
        GraphQL.run("paging/events-window", Map.of("fromYear", -3999, "toYear", 99998, "orderBy", "DATE_ASC")).statusCode(200)
                .body("errors", nullValue()).body("data.events.nodes.key", not(hasItem("earliest-raid")))
                .body("data.events.nodes.key", not(hasItem("latest-raid"))).body("data.events.totalCount", greaterThan(10));
    }

    /** A crafted timeline cursor with a date PostgreSQL cannot cast was INTERNAL. */
    @Test
    void aCraftedTimelineCursorBeyondTheYearsIsBadUserInput() {
        for (String date : List.of("+5874898-01-01", "4002-01-01 BC", "100000-01-01")) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ("timeline:[\"" + date + "\", \"infinity\", 1]").getBytes(StandardCharsets.UTF_8));
            GraphQL.run("paging/events", Map.of("first", 2, "after", cursor)).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", equalTo("`" + cursor + "` is not a valid cursor for this connection in this order."))
                    .body("data", nullValue());
        }
    }

    /**
     * Every date column a row writes has its CHECK of the bounds: a row whose day goes one past them is refused by it
     * (below for a first day, above for a last one, so that no other rule of the row is broken first).
     */
    @Test
    void theDatabaseHoldsTheBoundsOnEveryDateColumn() throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select c.table_name, c.column_name from information_schema.columns c"
                        + " join information_schema.tables t using (table_schema, table_name)"
                        + " where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.data_type = 'date'"
                        + " and c.is_generated = 'NEVER' order by 1, 2")) {
            while (r.next()) {
                columns.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        assertTrue(columns.size() >= 30, "the date columns: " + columns.size());
        for (String[] column : columns) {
            boolean last = column[1].endsWith("latest") || column[1].endsWith("last");
            String refused = refusal(column, last ? "100000-01-01" : "4002-12-31 BC");
            assertTrue(refused.startsWith("23514") && refused.contains("\"" + column[0] + "_" + column[1] + "_years\""),
                    column[0] + "." + column[1] + ": " + refused);
        }
    }

    /** The SQLSTATE and message of setting the column of one row to a day (rolled back); "" when it is taken. */
    private String refusal(String[] column, String day) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.execute("set local maquis.history = 'off'");
                s.execute("set local session_replication_role = replica"); // no trigger copies the day elsewhere
                int rows = s.executeUpdate("update " + column[0] + " set " + column[1] + " = date '" + day + "'"
                        + " where ctid = (select ctid from " + column[0] + " limit 1)");
                assertEquals(1, rows, column[0] + " has a row to try");
                return "";
            } catch (SQLException e) {
                return e.getSQLState() + " " + e.getMessage();
            } finally {
                c.rollback();
            }
        }
    }

    private static void record(String name, String earliest, String latest) {
        Archivist.run("boundary/record-event-dated", Map.of("name", name, "date", Map.of("wording", name, "earliest", earliest,
                "latest", latest))).statusCode(200).body("errors", nullValue()).body("data.recordEvent.userErrors.size()", equalTo(0));
    }

    /** The slugs of the whole timeline in this order, a page of one at a time, each after the previous page's cursor. */
    private static List<String> walk(String order) {
        List<String> slugs = new ArrayList<>();
        String after = null;
        while (true) {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("orderBy", order, "first", 1));
            if (after != null) {
                variables.put("after", after);
            }
            var page = GraphQL.run("paging/events-ordered", variables).statusCode(200).body("errors", nullValue()).extract().jsonPath();
            slugs.addAll(page.getList("data.events.nodes.key"));
            if (!page.getBoolean("data.events.pageInfo.hasNextPage")) {
                return slugs;
            }
            after = page.getString("data.events.pageInfo.endCursor");
        }
    }

    private String sql(String query) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }
}
