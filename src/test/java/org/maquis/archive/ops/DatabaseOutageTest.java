package org.maquis.archive.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.dockerjava.api.DockerClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.PostgresResource;
import org.testcontainers.DockerClientFactory;

/**
 * PostgreSQL goes away under the running API and comes back. The container is frozen (docker pause), so the
 * database keeps its address but answers nothing, neither on open connections nor to new ones: the hardest kind
 * of outage, where only the API's own timeouts stop a request from hanging. While it lasts, reads and writes
 * answer INTERNAL with an incident id within seconds, readiness is DOWN (503) and liveness UP; a write sent then,
 * or caught inside its transaction, leaves nothing behind. When it is back, the API recovers with no restart.
 * (With no container engine the suite runs against a plain PostgreSQL, which this test cannot take away: it fails
 * saying so.)
 */
@QuarkusTest
class DatabaseOutageTest {

    /** The reply timeout of the test profile (8 s) is the longest a request may wait, plus a margin. */
    private static final double PATIENCE_SECONDS = 12;
    private static final String DURING = "Outage Writer";
    private static final String AFTER = "Recovery Writer";
    private static final String IN_FLIGHT = "Interrupted Writer";

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    @Test
    void requestsFailFastWhileTheDatabaseIsAwayAndTheApiRecoversByItself() throws Exception {
        String container = container();
        DockerClient docker = DockerClientFactory.instance().client();
        GraphQL.run("errors/person-by-slug", Map.of("slug", "marlena-moreau")).statusCode(200)
                .body("data.person.name", equalTo("Marlena Moreau"));
        ready().statusCode(200);

        docker.pauseContainerCmd(container).exec();
        try {
            within(() -> GraphQL.run("errors/person-by-slug", Map.of("slug", "marlena-moreau")).statusCode(200))
                    .body("data.person", nullValue())
                    .body("errors[0].extensions.code", equalTo("INTERNAL"))
                    .body("errors[0].extensions.requestId", notNullValue())
                    .body("errors[0].message", containsString("incident"));
            within(() -> Archivist.run("editing/create-person", person(DURING)).statusCode(200))
                    .body("data.createPerson", nullValue())
                    .body("errors[0].extensions.code", equalTo("INTERNAL"))
                    .body("errors[0].message", containsString("incident"));
            within(DatabaseOutageTest::ready).statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            docker.unpauseContainerCmd(container).exec();
        }

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (ready().extract().statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "readiness still DOWN 30 s after the database came back");
            Thread.sleep(250);
        }
        GraphQL.run("errors/person-by-slug", Map.of("slug", "marlena-moreau")).statusCode(200)
                .body("errors", nullValue())
                .body("data.person.name", equalTo("Marlena Moreau"));
        Archivist.run("editing/create-person", person(AFTER)).statusCode(200)
                .body("errors", nullValue())
                .body("data.createPerson.userErrors", empty())
                .body("data.createPerson.person.name", equalTo(AFTER));
        assertEquals(0, count("select count(*) from person where name = '" + DURING + "'"),
                "the write sent during the outage left a person behind");
        assertEquals(0, count("select count(*) from change where after like '%" + DURING + "%'"),
                "the write sent during the outage left history behind");
        assertEquals(1, count("select count(*) from person where name = '" + AFTER + "'"));
        noTransactionStaysOpen();
    }

    /**
     * A mutation is inside its transaction, waiting for a lock this test holds on `person`, when the database
     * freezes: it answers INTERNAL within the reply timeout, and when the database is back nothing of it lands.
     */
    @Test
    void aWriteCaughtInFlightIsReportedFailedAndLeavesNothing() throws Exception {
        String container = container();
        DockerClient docker = DockerClientFactory.instance().client();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("lock table person in access exclusive mode");
            CompletableFuture<ValidatableResponse> write = CompletableFuture.supplyAsync(
                    () -> Archivist.run("editing/create-person", person(IN_FLIGHT)).statusCode(200));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (count(c, "select count(*) from pg_locks l join pg_class t on t.oid = l.relation"
                    + " where t.relname = 'person' and not l.granted") == 0) {
                assertTrue(System.nanoTime() < deadline, "the mutation never waited for the lock");
                Thread.sleep(100);
            }
            docker.pauseContainerCmd(container).exec();
            try {
                long start = System.nanoTime();
                within(() -> write.join(), start)
                        .body("data.createPerson", nullValue())
                        .body("errors[0].extensions.code", equalTo("INTERNAL"))
                        .body("errors[0].message", containsString("incident"));
            } finally {
                docker.unpauseContainerCmd(container).exec();
            }
            c.rollback();
        }
        noTransactionStaysOpen();
        assertEquals(0, count("select count(*) from person where name = '" + IN_FLIGHT + "'"),
                "the write caught in flight left a person behind");
        assertEquals(0, count("select count(*) from change where after like '%" + IN_FLIGHT + "%'"),
                "the write caught in flight left history behind");
    }

    private static String container() {
        return ConfigProvider.getConfig().getOptionalValue(PostgresResource.CONTAINER_ID, String.class)
                .orElseThrow(() -> new AssertionError("DatabaseOutageTest needs the database in a container, to take it"
                        + " away: no container engine here (the suite runs against MAQUIS_TEST_FALLBACK_URL). Run"
                        + " .ci/container-engine.sh."));
    }

    /** Nothing of a write given up waits half-done in an open transaction (its connection closes, it rolls back). */
    private void noTransactionStaysOpen() throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (count("select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
                + " and (state like 'idle in transaction%' or wait_event_type = 'Lock')") > 0) {
            assertTrue(System.nanoTime() < deadline, "a transaction stays open 20 s after the outage");
            Thread.sleep(250);
        }
    }

    private static ValidatableResponse ready() {
        return given().get("/q/health/ready").then();
    }

    /** The answer, which must come within PATIENCE_SECONDS. */
    private static ValidatableResponse within(Supplier<ValidatableResponse> request) {
        return within(request, System.nanoTime());
    }

    /** The answer, which must come within PATIENCE_SECONDS of {@code start}. */
    private static ValidatableResponse within(Supplier<ValidatableResponse> request, long start) {
        ValidatableResponse response = request.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (seconds > PATIENCE_SECONDS) {
            fail("answered after " + seconds + " s while the database was away; at most " + PATIENCE_SECONDS + " s");
        }
        return response;
    }

    private static Map<String, Object> person(String name) {
        return Map.of("input", Map.of("name", name, "universe", "MIRROR", "description", "Written around an outage."));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.getConnection()) {
            return count(c, sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
