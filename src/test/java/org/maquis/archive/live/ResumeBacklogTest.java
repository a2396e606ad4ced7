package org.maquis.archive.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.relay.GlobalId;
import org.maquis.archive.support.Archivist;

/**
 * `after:` with a long backlog: the history is read a batch at a time ({@link ChangeReads#BATCH}) while what comes
 * live is held ({@link Resume}). A backlog of more than two batches arrives whole, once, in commit order, and then
 * what comes live; a subscriber that holds as many changes as it may while the backlog is read gets them after it,
 * each once, even those the history gives too; one that holds more is told it fell behind, and the instance serves
 * the next one as before.
 *
 * <p>The backlog's read is made to wait without timing: a transaction of the test locks person, and the backlog's
 * read of its people waits for it (seen waiting in pg_locks), while species come live, which the feed reads without
 * touching person. Every backlog here was passed by the feed before the resumed subscriber comes (a watching
 * subscription saw its last change), so the feed brings the resumed subscriber only what is committed after it
 * subscribed. The limit is the configured one (1,000): no test profile, no restart.
 */
@QuarkusTest
class ResumeBacklogTest {

    /** More than two batches: the backlog is read in three turns and more. */
    private static final int BACKLOG = 2 * ChangeReads.BATCH + 200;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    AgroalDataSource database;

    @Inject
    ChangeFeed feed;

    @Inject
    ChangeReads reads;

    @ConfigProperty(name = "maquis.live.subscriber-buffer")
    int limit;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    @Test
    void aBacklogOfMoreThanTwoBatchesArrivesWholeOnceInCommitOrderThenWhatComesLive() throws Throwable {
        SubscriptionTest.created("Sela");
        String tomalak = SubscriptionTest.created("Tomalak");
        String cursor = ChangeCursor.encode(VertxContextSupport.subscribeAndAwait(reads::last));
        // Each title its own transaction: BACKLOG changes, then Tomalak's, which the feed is seen to pass.
        IntStream.rangeClosed(1, BACKLOG).forEach(i -> title("sela", "Title " + i));
        passedByTheFeed(tomalak, "tomalak", "Praetor");
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.subscribe("again", "live/titles", Map.of("after", cursor));
            Socket.awaitSubscribers(feed, 1);
            // Most often held while the backlog is read; wherever it comes from, it comes once, after the backlog.
            title("sela", "While reading");
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < BACKLOG + 2; i++) {
                seen.add(titleSet(socket.data("again")));
            }
            assertEquals(Stream.concat(IntStream.rangeClosed(1, BACKLOG).mapToObj(i -> "Title " + i),
                    Stream.of("Praetor", "While reading")).toList(), seen,
                    "the backlog, each change once, in commit order");
            title("sela", "Live");
            assertEquals("Live", titleSet(socket.data("again")), "after them, the live change, and nothing else");
        }
    }

    @Test
    void aSubscriberHoldingMoreThanTheLimitWhileTheBacklogIsReadFellBehindAndTheNextOneIsServed() throws Throwable {
        String sela = SubscriptionTest.created("Sela");
        String cursor = ChangeCursor.encode(VertxContextSupport.subscribeAndAwait(reads::last));
        passedByTheFeed(sela, "sela", "Commander");
        try (Connection lock = database.getConnection(); Socket socket = Socket.acknowledged(graphql)) {
            try {
                resumedWhileTheBacklogWaits(lock, socket, "behind", "live/titles", cursor);
                speciesInserted("behind", limit + 1);
                JsonObject ended = socket.next();
                assertEquals("next", ended.getString("type"), ended.toString());
                assertEquals("behind", ended.getString("id"));
                assertEquals(Json.createObjectBuilder().add("archiveChanged", JsonValue.NULL).build(),
                        ended.getJsonObject("payload").get("data"), ended.toString());
                JsonArray errors = ended.getJsonObject("payload").getJsonArray("errors");
                assertEquals(1, errors.size(), ended.toString());
                assertEquals("LIMIT_EXCEEDED", errors.getJsonObject(0).getJsonObject("extensions").getString("code"));
                assertEquals(new FellBehind(limit).getMessage(), errors.getJsonObject(0).getString("message"));
                assertEquals(Json.createObjectBuilder().add("id", "behind").add("type", "complete").build(),
                        socket.next());
                Socket.awaitSubscribers(feed, 0);
            } finally {
                lock.rollback();
            }
        }
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.subscribe("next", "live/titles", Map.of("after", cursor));
            assertEquals("Commander", titleSet(socket.data("next")), "the backlog, read now that person is free");
            title("sela", "Legate");
            assertEquals("Legate", titleSet(socket.data("next")), "then what comes live");
        }
    }

    @Test
    void aSubscriberHoldingExactlyTheLimitGetsTheBacklogThenWhatItHeldEachOnce() throws Throwable {
        String sela = SubscriptionTest.created("Sela");
        String cursor = ChangeCursor.encode(VertxContextSupport.subscribeAndAwait(reads::last));
        String marker = species(speciesInserted("marker", 1).get(0));
        // One batch of titles after the marker: the backlog's first batch (the marker and all titles but the last)
        // waits for the lock; its second batch, read after it, starts with the last title and then reads the changes
        // that were held meanwhile, which must not come twice.
        String[] titles = IntStream.rangeClosed(1, ChangeReads.BATCH).mapToObj(i -> "Title " + i)
                .toArray(String[]::new);
        passedByTheFeed(sela, "sela", titles);
        List<String> expected = new ArrayList<>(List.of("CREATE " + marker));
        Stream.of(titles).forEach(title -> expected.add("UPDATE " + sela + " " + title));
        try (Connection lock = database.getConnection(); Socket socket = Socket.acknowledged(graphql)) {
            try {
                resumedWhileTheBacklogWaits(lock, socket, "held", "live/archive-changed", cursor);
                // Subscribed after the resumed one, the watch is handed each change after it (BroadcastProcessor
                // hands a change to its subscribers in the order they came): when the marker's update reaches the
                // watch, the resumed subscriber holds all that came, exactly as many changes as it may hold.
                try (Socket watch = Socket.acknowledged(graphql)) {
                    watch.subscribe("watch", "live/node-changed", Map.of("id", marker));
                    Socket.awaitSubscribers(feed, 2);
                    speciesInserted("held", limit - 1).forEach(id -> expected.add("CREATE " + species(id)));
                    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
                        assertEquals(1, s.executeUpdate("update species set name = 'Marker' where id = "
                                + GlobalId.decode(marker).rowId()));
                    }
                    expected.add("UPDATE " + marker);
                    assertEquals("UPDATE", watch.data("watch").getJsonObject("nodeChanged").getString("kind"));
                }
                assertEquals(0, socket.waiting(), "nothing delivered while the backlog is read, and no error");
            } finally {
                lock.rollback();
            }
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                seen.add(kindOf(socket.data("held")));
            }
            assertEquals(expected, seen, "the backlog, then what was held, each once, in commit order");
            title("sela", "Legate");
            assertEquals("UPDATE " + sela + " Legate", kindOf(socket.data("held")),
                    "then what comes live, and nothing else");
        }
    }

    /**
     * Locks person (in a transaction of this connection, which the caller rolls back), resumes after the cursor, and
     * waits until exactly one statement of the API's pool waits for that lock: the backlog's read of the people it
     * holds. Species inserted now come live, which the feed reads without touching person. Everything a test does
     * under the lock must happen well within the statement timeout the backlog's read waits under (5 s in tests):
     * past it, the read fails and the subscriber gets INTERNAL, which fails the test.
     */
    private void resumedWhileTheBacklogWaits(Connection lock, Socket socket, String id, String operation, String cursor)
            throws SQLException, InterruptedException {
        lock.setAutoCommit(false);
        try (Statement s = lock.createStatement()) {
            s.execute("lock table person in access exclusive mode");
        }
        socket.subscribe(id, operation, Map.of("after", cursor));
        Socket.awaitSubscribers(feed, 1);
        String waiting = "select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid"
                + " where l.relation = 'person'::regclass and not l.granted and a.wait_event_type = 'Lock'"
                + " and a.application_name = 'vertx-pg-client'";
        long count = 0;
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < 3000 && count == 0; i++) {
                try (ResultSet r = s.executeQuery(waiting)) {
                    r.next();
                    count = r.getLong(1);
                }
                if (count == 0) {
                    Thread.sleep(10);
                }
            }
        }
        assertEquals(1, count, "statements of the API waiting for the lock on person");
        assertEquals(0, socket.waiting(), "nothing delivered while the backlog is read");
    }

    /**
     * Inserts this many species with plain SQL, in one statement (so that the feed reads them at once, well within the
     * statement timeout), with slugs `<slug>-<n>`, and answers their row ids in commit order. They take ids from the
     * API's sequence, so {@link Archivist#forgetEdits} deletes them: the lore's counts (LoreFacts) stay as they are.
     */
    private List<Long> speciesInserted(String slug, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("insert into species (slug, name, universe, description)"
                        + " select '" + slug + "-' || n, 'Held', 'MIRROR', 'Came while a backlog was read.'"
                        + " from generate_series(1, " + count + ") n returning id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        assertEquals(count, ids.size());
        // Ids and sequence numbers are both taken row after row, in the order the statement wrote the rows.
        ids.sort(null);
        return ids;
    }

    private static String species(long rowId) {
        return GlobalId.encode("Species", rowId);
    }

    /** A change as kind and record, and the title it set if it set one: `UPDATE <id> <title>`. */
    private static String kindOf(JsonObject data) {
        JsonObject change = data.getJsonObject("archiveChanged");
        assertNotNull(change, data.toString());
        return change.getString("kind") + " " + change.getJsonObject("history").getString("node")
                + change.getJsonObject("history").getJsonArray("fields").stream().map(JsonObject.class::cast)
                        .filter(f -> f.getString("name").equals("title")).map(f -> " " + f.getString("after"))
                        .findFirst().orElse("");
    }

    /**
     * Sets these titles of this person, each its own transaction, while a subscription watches it, and waits until
     * the last one arrives there: the feed reads in commit order, so it has then passed every change committed before,
     * and leaves them to the history.
     */
    private void passedByTheFeed(String record, String slug, String... titles) {
        try (Socket watch = Socket.acknowledged(graphql)) {
            watch.subscribe("watch", "live/node-changed", Map.of("id", record));
            Socket.awaitSubscribers(feed, 1);
            for (String title : titles) {
                title(slug, title);
            }
            for (String title : titles) {
                assertEquals("UPDATE", watch.data("watch").getJsonObject("nodeChanged").getString("kind"), title);
            }
        }
        Socket.awaitSubscribers(feed, 0);
    }

    /** The title a change set, as its history entry tells it. */
    private static String titleSet(JsonObject data) {
        assertNotNull(data.getJsonObject("archiveChanged"), data.toString());
        return data.getJsonObject("archiveChanged").getJsonObject("history").getJsonArray("fields").stream()
                .map(JsonObject.class::cast).filter(f -> f.getString("name").equals("title")).findFirst().orElseThrow()
                .getString("after");
    }

    private void title(String slug, String title) {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("update person set title = ? where slug = ?")) {
            s.setString(1, title);
            s.setString(2, slug);
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
