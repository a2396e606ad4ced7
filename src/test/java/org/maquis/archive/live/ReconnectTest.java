package org.maquis.archive.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;

/**
 * A lost listening connection is made again, and a change committed while it was gone, which nobody announced to
 * this instance, is read from the history and delivered all the same.
 */
@QuarkusTest
class ReconnectTest {

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
    void aChangeMadeWhileTheListenerIsCutOffArrivesWhenItIsBack() throws SQLException {
        SubscriptionTest.created("Sela");
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.subscribe("people", "live/people", Map.of());
            Socket.awaitSubscribers(feed, 1);
            long listens = feed.listens();
            try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
                // The listener's backend goes, and a change is committed before it is back (it waits a second).
                try (ResultSet r = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where application_name = 'maquis-live' and datname = current_database()")) {
                    r.next();
                    assertEquals(1, r.getInt(1), "the listener's connection");
                }
                s.executeUpdate("update person set title = 'Commander' where slug = 'sela'");
            }
            assertEquals("Commander", socket.data("people").getJsonObject("archiveChanged").getJsonObject("node").getString("title"));
            assertTrue(feed.listens() > listens, "listening again");
        }
    }
}
