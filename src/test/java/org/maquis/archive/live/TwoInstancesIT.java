package org.maquis.archive.live;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Editing;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.PackagedApp;
import org.maquis.archive.support.PostgresResource;

/**
 * Two instances of the packaged application on one PostgreSQL from Testcontainers, as a load balancer would have
 * them: a change committed through one reaches the subscribers of both, through the database's LISTEN/NOTIFY, each
 * instance reading it once; a subscriber of one that resumes after changes made through the other misses nothing.
 * Run by failsafe after `package` (`./mvnw verify`): the instances are the jar a server runs, in processes of their own.
 */
class TwoInstancesIT {

    private static final String SUBSCRIBERS = "maquis_live_subscribers";
    private static final String READS = "maquis_live_reads_total";

    private static PostgresResource database;
    private static Map<String, String> datasource;
    private static PackagedApp a;
    private static PackagedApp b;

    @BeforeAll
    static void start() throws Exception {
        database = new PostgresResource();
        datasource = database.start();
        Map<String, String> config = new HashMap<>();
        datasource.forEach((key, value) -> {
            if (key.startsWith("quarkus.datasource.")) {
                config.put(key, value);
            }
        });
        // The tests' tokens are signed with the development key, which the packaged app takes only when told to.
        config.put("maquis.jwt.allow-development-key", "true");
        a = PackagedApp.start("instance-a", config);   // one after the other: the first migrates the database
        b = PackagedApp.start("instance-b", config);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closing : new AutoCloseable[] {b, a}) {
            try {
                if (closing != null) {
                    closing.close();
                }
            } catch (Exception ignored) {
                // The next one is stopped all the same.
            }
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void aChangeThroughOneInstanceReachesTheSubscribersOfBothEachInstanceReadingItOnce() throws SQLException {
        try (Socket onA = Socket.acknowledged(a.graphql()); Socket onB = Socket.acknowledged(b.graphql())) {
            onA.subscribe("all", "live/archive-changed", Map.of());
            onB.subscribe("all", "live/archive-changed", Map.of());
            a.awaitMetric(SUBSCRIBERS, 1);
            b.awaitMetric(SUBSCRIBERS, 1);
            double readsOfA = a.metric(READS);
            double readsOfB = b.metric(READS);

            String id = created(a.graphql(), "Tomalak of Rator");
            for (Socket socket : List.of(onA, onB)) {
                JsonObject change = socket.data("all").getJsonObject("archiveChanged");
                assertEquals("CREATE", change.getString("kind"));
                assertEquals(id, change.getJsonObject("node").getString("id"));
                assertEquals("Tomalak of Rator", change.getJsonObject("node").getString("name"));
                assertEquals("createPerson", change.getJsonObject("history").getString("mutation"));
            }

            // A change made with plain SQL, outside both instances, is announced to both as well.
            sql("update person set title = 'Commander' where slug = 'tomalak-of-rator'");
            for (Socket socket : List.of(onA, onB)) {
                JsonObject change = socket.data("all").getJsonObject("archiveChanged");
                assertEquals("UPDATE", change.getString("kind"));
                assertEquals("Commander", change.getJsonObject("node").getString("title"));
                assertEquals("sql", change.getJsonObject("history").getString("mutation"));
            }
            assertEquals(readsOfA + 2, a.metric(READS), "instance A read each change once");
            assertEquals(readsOfB + 2, b.metric(READS), "instance B read each change once");
            assertEquals(0, onA.waiting() + onB.waiting(), "nothing else arrived");
        }
    }

    @Test
    void aSubscriberOfOneInstanceThatResumesAfterChangesThroughTheOtherMissesNothing() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        try (Socket onB = Socket.acknowledged(b.graphql())) {
            onB.subscribe("people", "live/archive-changed", Map.of("types", List.of("PERSON")));
            b.awaitMetric(SUBSCRIBERS, 1);
            IntStream.rangeClosed(1, 3).forEach(i -> created(a.graphql(), "Resumed " + i));
            for (int i = 0; i < 3; i++) {
                JsonObject change = onB.data("people").getJsonObject("archiveChanged");
                seen.add(change.getJsonObject("node").getString("name"));
                cursor = change.getString("cursor");
            }
        }
        b.awaitMetric(SUBSCRIBERS, 0);
        IntStream.rangeClosed(4, 10).forEach(i -> created(a.graphql(), "Resumed " + i));
        Map<String, Object> after = new HashMap<>();
        after.put("types", List.of("PERSON"));
        after.put("after", cursor);
        try (Socket onB = Socket.acknowledged(b.graphql())) {
            onB.subscribe("again", "live/archive-changed", after);
            for (int i = 4; i <= 10; i++) {
                seen.add(onB.data("again").getJsonObject("archiveChanged").getJsonObject("node").getString("name"));
            }
            assertEquals(IntStream.rangeClosed(1, 10).mapToObj(i -> "Resumed " + i).toList(), seen);
            created(a.graphql(), "Resumed 11");
            assertEquals("Resumed 11", onB.data("again").getJsonObject("archiveChanged").getJsonObject("node").getString("name"),
                    "then live, with nothing twice");
            assertEquals(0, onB.waiting());
        }
    }

    /** Creates a person through this instance, as an archivist; answers the new id. */
    private static String created(URI graphql, String name) {
        Map<String, Object> variables = Editing.input("name", name, "universe", "MIRROR", "description", "A Romulan.");
        return given().baseUri(graphql.toString().replaceFirst("/graphql$", "")).contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + Archivist.token())
                .body(Map.of("query", GraphQL.read("graphql/editing/create-person.graphql"), "variables", variables))
                .post("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data.createPerson.userErrors", empty()).extract().path("data.createPerson.person.id");
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
                Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate(statement));
        }
    }
}
