package org.maquis.archive.live;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Editing;

/**
 * Subscriptions over a real WebSocket speaking `graphql-transport-ws`: a change made through a mutation, or with
 * plain SQL, arrives at the subscribers of the instance, with its record and its history entry.
 */
@QuarkusTest
class SubscriptionTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    AgroalDataSource database;

    @Inject
    ChangeFeed feed;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    @Test
    void aCreationThroughAMutationArrivesWithItsRecordAndItsHistoryEntry() {
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.subscribe("all", "live/archive-changed", Map.of());
            socket.subscribe("people", "live/archive-changed", Map.of("types", List.of("PERSON")));
            socket.subscribe("places", "live/archive-changed", Map.of("types", List.of("PLACE")));
            Socket.awaitSubscribers(feed, 3);
            String id = created("Tomalak of Rator");
            for (String subscription : List.of("all", "people")) {
                JsonObject change = socket.data(subscription).getJsonObject("archiveChanged");
                assertEquals("CREATE", change.getString("kind"));
                assertEquals(id, change.getJsonObject("node").getString("id"));
                assertEquals("Tomalak of Rator", change.getJsonObject("node").getString("name"));
                JsonObject history = change.getJsonObject("history");
                assertEquals(id, history.getString("node"));
                assertEquals("createPerson", history.getString("mutation"));
                assertEquals(1, history.getInt("nodeVersion"));
                assertTrue(history.getJsonArray("fields").stream()
                        .anyMatch(f -> f.asJsonObject().getString("name").equals("name")));
                assertTrue(!change.getString("cursor").isEmpty());
            }
            // The places' subscription got nothing: the next message on the socket is the answer to what follows.
            Archivist.run("editing/delete-record", Editing.input("id", id, "version", 1))
                    .body("errors", nullValue()).body("data.deleteRecord.userErrors", empty());
            JsonObject deleted = socket.data("all").getJsonObject("archiveChanged");
            assertEquals("DELETE", deleted.getString("kind"));
            assertTrue(deleted.isNull("node"), "a deleted record is null");
            assertEquals(id, deleted.getJsonObject("history").getString("node"));
            assertEquals("DELETE", socket.data("people").getJsonObject("archiveChanged").getString("kind"));
        }
    }

    @Test
    void aPagesSubscriptionHearsOfItsRecordOnly() {
        String tomalak = created("Tomalak of Rator");
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.subscribe("page", "live/node-changed", Map.of("id", tomalak));
            Socket.awaitSubscribers(feed, 1);
            created("Sela");
            Archivist.run("editing/update-person", Editing.input("id", tomalak, "version", 1, "name", "Tomalak"))
                    .body("errors", nullValue()).body("data.updatePerson.userErrors", empty());
            JsonObject change = socket.data("page").getJsonObject("nodeChanged");
            assertEquals("UPDATE", change.getString("kind"));
            assertEquals("Tomalak", change.getJsonObject("node").getString("name"));
            assertEquals(2, change.getJsonObject("node").getInt("version"));
            assertEquals("updatePerson", change.getJsonObject("history").getString("mutation"));
            assertEquals(0, socket.waiting(), "Sela's creation is not this page's");
        }
    }

    @Test
    void aChangeMadeWithPlainSqlIsAnnounced() throws SQLException {
        String sela = created("Sela");
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.subscribe("people", "live/archive-changed", Map.of("types", List.of("PERSON")));
            Socket.awaitSubscribers(feed, 1);
            try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("update person set title = 'Commander' where slug = 'sela'");
            }
            JsonObject change = socket.data("people").getJsonObject("archiveChanged");
            assertEquals("UPDATE", change.getString("kind"));
            assertEquals(sela, change.getJsonObject("node").getString("id"));
            assertEquals("Commander", change.getJsonObject("node").getString("title"));
            assertEquals("sql", change.getJsonObject("history").getString("mutation"));
        }
    }

    static String created(String name) {
        return Archivist.run("editing/create-person", Editing.input("name", name, "universe", "MIRROR", "description", "A Romulan."))
                .statusCode(200).body("errors", nullValue()).body("data.createPerson.userErrors", empty())
                .extract().path("data.createPerson.person.id");
    }
}
