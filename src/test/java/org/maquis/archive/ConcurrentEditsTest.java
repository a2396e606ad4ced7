package org.maquis.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.GraphQL;

/** Many archivists change one person at once, all from the same version: no update is lost silently. */
@QuarkusTest
class ConcurrentEditsTest {

    static final int WRITERS = 16;

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    @Test
    void eachConflictingUpdateLandsOrIsToldConflict() throws Exception {
        String id = Archivist.run("editing/create-person", EditingTest.tomalak()).statusCode(200)
                .extract().path("data.createPerson.person.id");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<JsonPath>> answers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String title = "Title " + i;
            answers.add(pool.submit(() -> {
                start.await();
                return Archivist.run("editing/update-person", EditingTest.input("id", id, "version", 1, "title", title))
                        .statusCode(200).extract().jsonPath();
            }));
        }
        start.countDown();
        List<String> landed = new ArrayList<>();
        int conflicts = 0;
        for (Future<JsonPath> answer : answers) {
            JsonPath json = answer.get();
            String title = json.getString("data.updatePerson.person.title");
            if (title != null) {
                landed.add(title);
            } else {
                assertEquals("CONFLICT", json.getString("data.updatePerson.userErrors[0].code"), json.prettify());
                conflicts++;
            }
        }
        pool.shutdown();
        assertEquals(1, landed.size(), "exactly one update from version 1 lands: " + landed);
        assertEquals(WRITERS - 1, conflicts);
        String stored = GraphQL.run("editing/ids", Map.of("person", "tomalak-of-rator")).extract().path("data.person.id");
        assertEquals(id, stored);
        JsonPath history = GraphQL.run("editing/person-history", Map.of("slug", "tomalak-of-rator")).statusCode(200)
                .extract().jsonPath();
        assertEquals(2, history.getInt("data.person.version"));
        assertEquals(List.of("UPDATE", "CREATE"), history.getList("data.person.history.nodes.kind"));
        String recorded = history.getString("data.person.history.nodes[0].fields.find { it.name == 'title' }.after");
        assertEquals(landed.get(0), recorded, "the stored title is the one update told it landed");
        assertTrue(recorded.startsWith("Title "));
    }
}
