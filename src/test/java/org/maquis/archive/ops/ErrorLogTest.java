package org.maquis.archive.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.relay.GlobalId;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.LogCapture;
import org.maquis.archive.support.LogCapture.Line;
import org.maquis.archive.support.PersistedQueries;

/**
 * A burst of bad requests does not flood the log: each client error is one INFO line with no stack trace, and
 * carries its request id; a server failure is one ERROR with its incident id and cause, under its request id, and
 * nothing else above INFO.
 */
@QuarkusTest
class ErrorLogTest {

    @Inject
    AgroalDataSource database;

    /** What the log received, with the request id each record had in the MDC. */
    private LogCapture log;

    @BeforeEach
    void listen() {
        log = LogCapture.start();
    }

    @AfterEach
    void stopListening() {
        log.close();
    }

    @Test
    void aBurstOfClientErrorsIsOneInfoLineEachWithNoStackTrace() {
        String[] bad = {
            "{ node(id: \"nonsense\") { id } }",                       // BAD_USER_INPUT from a resolver
            "{ node(id: \"" + GlobalId.encode("Person", 99_999_999) + "\") { id } }", // NOT_FOUND
            "{ people(first: 100000) { totalCount } }",                // BAD_USER_INPUT, a page over the maximum
            "{ nothing }",                                             // BAD_USER_INPUT before execution
        };
        for (int i = 0; i < 40; i++) {
            given().contentType(ContentType.JSON).header("X-Request-Id", "burst-" + i)
                    .body(Map.of("query", bad[i % bad.length])).post("/graphql").then().statusCode(200)
                    .body("errors[0].extensions.requestId", equalTo("burst-" + i));
        }
        List<Line> burst = log.lines().stream().filter(l -> l.requestId() != null && l.requestId().startsWith("burst-")).toList();
        // What the requests logged, and whatever the archive or SmallRye logged meanwhile (not unrelated background).
        List<Line> relevant = log.lines().stream().filter(l -> burst.contains(l) || l.logger() != null
                && (l.logger().startsWith("org.maquis") || l.logger().startsWith("io.smallrye.graphql"))).toList();
        for (Line line : relevant) {
            assertTrue(line.level().intValue() <= Level.INFO.intValue(), "logged above INFO: " + line);
            assertEquals(null, line.thrown(), "logged a stack trace: " + line);
            assertFalse(line.message() != null && line.message().contains("SRGQL012000"), "SmallRye's data fetching error: " + line);
        }
        assertEquals(40, burst.size(), "one line per bad request: " + burst);
        for (int i = 0; i < 40; i++) {
            String id = "burst-" + i;
            List<Line> mine = burst.stream().filter(l -> l.requestId().equals(id)).toList();
            assertEquals(1, mine.size(), id + ": " + mine);
            assertFalse(mine.get(0).message().contains("\n"), mine.get(0).toString());
        }
        assertTrue(burst.stream().anyMatch(l -> l.message().contains("NOT_FOUND")), burst.toString());
    }

    /** The first request of every Apollo client after a restart: a client outcome, not a server failure. */
    @Test
    void aPersistedQueryMissIsOneInfoLine() {
        String hash = PersistedQueries.sha256("{ __typename } # " + System.nanoTime());
        given().contentType(ContentType.JSON).header("X-Request-Id", "apq-miss-1")
                .body(Map.of("extensions", PersistedQueries.persisted(hash))).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        List<Line> mine = log.lines().stream().filter(l -> "apq-miss-1".equals(l.requestId())).toList();
        assertEquals(1, mine.size(), mine.toString());
        Line line = mine.get(0);
        assertEquals(Level.INFO.intValue(), line.level().intValue(), line.toString());
        assertEquals("org.maquis.archive.ops.GraphQLRequests", line.logger(), line.toString());
        assertTrue(line.message().contains("answered PERSISTED_QUERY_NOT_FOUND"), line.toString());
        assertEquals(null, line.thrown(), line.toString());
    }

    @Test
    void aServerFailureIsOneErrorWithItsIncidentUnderTheRequestId() throws SQLException {
        sql("alter table species rename to species_away");
        String message;
        try {
            message = given().contentType(ContentType.JSON).header("X-Request-Id", "failing-1")
                    .body(Map.of("query", GraphQL.read("graphql/errors/maquis-species.graphql"))).post("/graphql")
                    .then().statusCode(200)
                    .body("errors[0].extensions.code", equalTo("INTERNAL"))
                    .body("errors[0].extensions.requestId", equalTo("failing-1"))
                    .extract().path("errors[0].message");
        } finally {
            sql("alter table species_away rename to species");
        }
        String incident = message.replaceAll(".*\\(incident ([0-9a-f-]+)\\).*", "$1");
        // One line above INFO: no WARN of Hibernate's beside it (application.properties).
        List<Line> errors = log.lines().stream().filter(l -> "failing-1".equals(l.requestId()))
                .filter(l -> l.level().intValue() > Level.INFO.intValue()).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(Level.SEVERE.intValue(), errors.get(0).level().intValue(), errors.toString());
        Line error = errors.get(0);
        assertTrue(error.message().contains(incident), error.toString());
        assertEquals("failing-1", error.requestId(), error.toString());
        assertTrue(error.thrown() != null, "the cause goes to the log");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
