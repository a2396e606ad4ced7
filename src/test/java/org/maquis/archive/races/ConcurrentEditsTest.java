package org.maquis.archive.races;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Editing;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Race;

/**
 * Many archivists change one person at once, all from the same version: no update is lost silently. The test holds
 * the person's row while the updates gather, so that they provably overlap: each reads version 1 (a plain read does
 * not wait) and passes the API's own version check, then waits at its update; released, one update lands and the
 * database's own check ({@code where version = ?}) catches every other, which the API answers CONFLICT.
 */
@QuarkusTest
class ConcurrentEditsTest {

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    @Test
    void eachConflictingUpdateLandsOrIsToldConflict() throws Exception {
        String id = Archivist.run("editing/create-person", Editing.tomalak()).statusCode(200)
                .extract().path("data.createPerson.person.id");
        List<JsonPath> answers = Race.run(database, Race.row("person", Race.rowId(id), "for update"),
                i -> Archivist.run("editing/update-person", Editing.input("id", id, "version", 1, "title", "Title " + i))
                        .statusCode(200).extract().jsonPath());
        List<String> landed = new ArrayList<>();
        int conflicts = 0;
        for (JsonPath json : answers) {
            String title = json.getString("data.updatePerson.person.title");
            if (title != null) {
                landed.add(title);
            } else {
                // The database's check, not the API's ("This Person is at version 2, not 1"): every update got past that.
                assertEquals(List.of(Map.of("code", "CONFLICT", "field", "version", "message",
                                "Someone changed it since the version you read: read it again, then retry with its new version.")),
                        json.getList("data.updatePerson.userErrors"), json.prettify());
                conflicts++;
            }
        }
        assertEquals(1, landed.size(), "exactly one update from version 1 lands: " + landed);
        assertEquals(Race.size() - 1, conflicts);
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
