package org.maquis.archive.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;

/**
 * A client that stops reading is bounded: once more than the socket's buffer waits for it, the server closes the
 * socket with 1008 and lets its subscriptions go, instead of keeping everything for it. An app of its own, with a
 * buffer of 4 KiB, so that a few changes fill it.
 */
@QuarkusTest
@TestProfile(SlowClientTest.SmallBuffer.class)
class SlowClientTest {

    private static final int SUBSCRIPTIONS = 1000;
    private static final int CHANGES = 100;

    public static class SmallBuffer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("maquis.live.socket-buffer-bytes", "4096");
        }
    }

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
    void aClientThatDoesNotReadIsClosedWith1008() throws SQLException {
        SubscriptionTest.created("Sela");
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.pause();
            for (int i = 0; i < SUBSCRIPTIONS; i++) {
                socket.subscribe(String.valueOf(i), "live/people", Map.of());
            }
            Socket.awaitSubscribers(feed, SUBSCRIPTIONS);
            try (Connection c = database.getConnection();
                    PreparedStatement s = c.prepareStatement("update person set title = ? where slug = 'sela'")) {
                for (int i = 1; i <= CHANGES; i++) {
                    s.setString(1, "Title " + i);
                    s.executeUpdate();
                }
            }
            Socket.awaitSubscribers(feed, 0);
            socket.resume();
            assertEquals(LiveSocket.TOO_SLOW, socket.closeCode());
            assertTrue(socket.waiting() < SUBSCRIPTIONS * CHANGES, socket.waiting() + " messages, not all of them");
        }
    }
}
