package org.maquis.archive.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Statements;

/**
 * One change, one read per instance: a thousand subscribers cost PostgreSQL the statements one subscriber costs,
 * as pg_stat_statements counts them (the change's own statements, then the feed's read of the change and of its
 * record), and the feed reads once.
 */
@QuarkusTest
class FanOutTest {

    private static final int SOCKETS = 10;
    private static final int PER_SOCKET = 100;

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
    void aThousandSubscribersReceiveOneChangeWithTheStatementsOfOne() throws SQLException {
        SubscriptionTest.created("Sela");
        Statements statements = Statements.counting(database);
        long one;
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.subscribe("0", "live/people", Map.of());
            Socket.awaitSubscribers(feed, 1);
            one = costOfAChange(statements, List.of(socket), 1, "Commander");
        }
        Socket.awaitSubscribers(feed, 0);
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int s = 0; s < SOCKETS; s++) {
                Socket socket = Socket.acknowledged(graphql);
                sockets.add(socket);
                for (int i = 0; i < PER_SOCKET; i++) {
                    socket.subscribe(String.valueOf(i), "live/people", Map.of());
                }
            }
            Socket.awaitSubscribers(feed, SOCKETS * PER_SOCKET);
            long thousand = costOfAChange(statements, sockets, PER_SOCKET, "Legate");
            assertEquals(one, thousand, "statements of one change, with one subscriber and with a thousand");
        } finally {
            sockets.forEach(Socket::close);
        }
    }

    /** The statements of one change made with SQL until every subscription of every socket has it; one feed read. */
    private long costOfAChange(Statements statements, List<Socket> sockets, int perSocket, String title) throws SQLException {
        long readsBefore = feed.reads();
        long cost = statements.of(() -> {
            try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("update person set title = '" + title + "' where slug = 'sela'");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            for (Socket socket : sockets) {
                for (int i = 0; i < perSocket; i++) {
                    assertEquals(title, socket.next().getJsonObject("payload").getJsonObject("data")
                            .getJsonObject("archiveChanged").getJsonObject("node").getString("title"));
                }
            }
        }).statements();
        assertEquals(readsBefore + 1, feed.reads(), "the feed read the change once");
        return cost;
    }
}
