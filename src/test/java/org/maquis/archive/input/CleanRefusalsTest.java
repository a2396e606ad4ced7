package org.maquis.archive.input;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.graphql.execution.ExecutionService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.LogCapture;

/**
 * Issue 24's findings 2 and 3 as they were reported, and the nets behind the boundary: a value PostgreSQL refuses in
 * a read, and an argument SmallRye cannot convert, are BAD_USER_INPUT in the API's words, one INFO line each.
 */
@QuarkusTest
class CleanRefusalsTest {

    private static final String MALFORMED_DATE = "`input.from.earliest` must be a date written yyyy-mm-dd (a year of more than"
            + " four digits, or before year 0, with its sign: +10000-01-01, -0044-03-15).";

    @Inject
    AgroalDataSource database;

    @Inject
    ExecutionService execution;

    private LogCapture log;

    @BeforeEach
    void listen() {
        log = LogCapture.start();
    }

    @AfterEach
    void stopListening() {
        log.close();
    }

    /** Finding 2: public, unauthenticated, and it was INTERNAL with a 74-line stack at ERROR. */
    @Test
    void aNulInASlugIsBadUserInputAndOneInfoLine() {
        clean(GraphQL.run("boundary/slug-lookup", Map.of("s", "\u0000")).statusCode(200))
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("`$s` holds U+0000 (NUL) at character 1, which the archive cannot store."))
                .body("data", nullValue());
        assertOneInfoLine("`$s` holds U+0000 (NUL)");
    }

    /** Finding 3: no code, a Java class in the message, and NullValueInNonNullableField, with a token or without. */
    @Test
    void aMalformedDateIsBadUserInputInTheApisWordsWithOrWithoutAToken() {
        for (String token : new String[] {null, Archivist.token()}) {
            clean(Archivist.run(token, "boundary/appoint-cell-leader-malformed-date", Map.of()).statusCode(200))
                    .body("errors.size()", equalTo(1))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", equalTo(MALFORMED_DATE))
                    .body("data", nullValue());
        }
    }

    /**
     * Should such an argument reach execution after all (here SmallRye's own entry, past the HTTP checks), SmallRye's
     * conversion error is worded and coded, and graphql-java's error for the null it leaves is not added.
     */
    @Test
    void anArgumentSmallRyeCannotConvertIsBadUserInputEvenPastTheBoundary() {
        String answer = execution.execute(Json.createObjectBuilder().add("query", GraphQL.read(
                "graphql/boundary/appoint-cell-leader-malformed-date.graphql")).build()).getExecutionResultAsString();
        io.vertx.core.json.JsonObject json = new io.vertx.core.json.JsonObject(answer);
        assertEquals(1, json.getJsonArray("errors").size(), answer);
        io.vertx.core.json.JsonObject error = json.getJsonArray("errors").getJsonObject(0);
        assertEquals("The argument `input` of `appointCellLeader` holds a value that its type does not take.",
                error.getString("message"), answer);
        assertEquals("BAD_USER_INPUT", error.getJsonObject("extensions").getString("code"), answer);
        assertFalse(BoundaryTest.LEAK.matcher(answer).find(), answer);
    }

    /** A data exception of PostgreSQL (here a division by zero put into the timeline's window) in a read. */
    @Test
    void aDataExceptionInAReadIsBadUserInputAndOneInfoLine() throws SQLException {
        String original = sql("select pg_get_functiondef('event_window_ranges'::regproc)");
        sql("create or replace function event_window_ranges(s date, e date) returns table (span_class smallint, after date,"
                + " until date, reaching date) language sql stable rows 10 as $$ select cast(1 / 0 as smallint), s, e, s $$");
        try {
            clean(GraphQL.run("paging/events-window", Map.of("fromYear", 2370, "toYear", 2375, "orderBy", "DATE_ASC"))
                    .statusCode(200))
                    .body("errors.size()", equalTo(1))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", equalTo("The archive cannot read with a value of this request: a character it"
                            + " cannot store, or a value beyond its range (data error 22012)."))
                    .body("errors[0].path[0]", equalTo("events"));
        } finally {
            sql(original);
        }
        GraphQL.run("paging/events-window", Map.of("fromYear", 2370, "toYear", 2375, "orderBy", "DATE_ASC"))
                .statusCode(200).body("errors", nullValue()).body("data.events.totalCount", Matchers.greaterThan(0));
        assertOneInfoLine("The archive cannot read with a value of this request");
    }

    private void assertOneInfoLine(String start) {
        List<LogCapture.Line> lines = log.atLeast(Level.INFO).stream()
                .filter(l -> l.logger() != null && l.logger().startsWith("org.maquis")).toList();
        List<String> texts = lines.stream().map(l -> l.level() + " " + l.message()).toList();
        assertEquals(1, lines.size(), "one line: " + texts);
        assertEquals(Level.INFO, lines.get(0).level(), texts.toString());
        assertTrue(texts.get(0).contains("answered BAD_USER_INPUT: " + start), texts.toString());
        assertEquals(null, lines.get(0).thrown(), "no stack trace");
    }

    private String sql(String statement) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            if (s.execute(statement)) {
                try (ResultSet r = s.getResultSet()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
            return null;
        }
    }

    private static ValidatableResponse clean(ValidatableResponse response) {
        return response.body(not(Matchers.matchesPattern("(?s).*(" + BoundaryTest.LEAK.pattern() + ").*")));
    }
}
