package org.maquis.archive.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;

/**
 * `after:` resumes exactly: a subscriber that goes away and comes back with the cursor of the last change it saw gets
 * every later change once, in commit order, first from the history and then live, while changes keep coming.
 */
@QuarkusTest
class ResumeTest {

    private static final int CHANGES = 60;

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
    void aSubscriberThatResumesMissesNothingAndGetsNothingTwiceWhileChangesKeepComing() throws Exception {
        SubscriptionTest.created("Sela");
        List<String> seen = new ArrayList<>();
        String cursor;
        CompletableFuture<Void> writer;
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.subscribe("titles", "live/titles", Map.of());
            Socket.awaitSubscribers(feed, 1);
            // Each title its own transaction, committed one after the other while the subscriber comes and goes.
            writer = CompletableFuture.runAsync(() -> IntStream.rangeClosed(1, CHANGES).forEach(this::title));
            cursor = take(socket, "titles", 10, seen);
        }
        Map<String, Object> after = new HashMap<>();
        after.put("after", cursor);
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.subscribe("again", "live/titles", after);
            take(socket, "again", CHANGES - 10, seen);
            writer.join();
            assertEquals(IntStream.rangeClosed(1, CHANGES).mapToObj(i -> "Title " + i).toList(), seen);
            title(CHANGES + 1);
            assertEquals("Title " + (CHANGES + 1), titleSet(socket.data("again").getJsonObject("archiveChanged")),
                    "after the last change, the next one, and nothing else");
        }
    }

    /** Takes this many changes, adds their titles to {@code seen}, and answers the cursor of the last one. */
    private static String take(Socket socket, String id, int count, List<String> seen) {
        String cursor = null;
        for (int i = 0; i < count; i++) {
            JsonObject change = socket.data(id).getJsonObject("archiveChanged");
            seen.add(titleSet(change));
            cursor = change.getString("cursor");
        }
        return cursor;
    }

    /** The title a change set, as its history entry tells it (the node is the record as it is now). */
    private static String titleSet(JsonObject change) {
        return change.getJsonObject("history").getJsonArray("fields").stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("name").equals("title")).findFirst().orElseThrow().getString("after");
    }

    private void title(int number) {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("update person set title = ? where slug = 'sela'")) {
            s.setString(1, "Title " + number);
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
