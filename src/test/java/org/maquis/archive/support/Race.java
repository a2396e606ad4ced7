package org.maquis.archive.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A race run on purpose, so that a test proves its requests overlapped: the test's own transaction holds what a rule
 * is about (a row locked, an advisory lock, an uncommitted row), the requests are fired at once, and only when
 * PostgreSQL shows every one of them waiting on a lock does the test let go. The requests then meet the rule in
 * whatever order PostgreSQL wakes them; the test asserts the one outcome the rule allows.
 *
 * <p>As many requests as the API's pool has connections: each waits holding one, and more would wait for a
 * connection instead of for the lock (and time out). A request that never waits means the mutation did not take
 * the lock the rule needs: the race fails, naming how many waited.
 */
public final class Race {

    /**
     * How long the requests have to gather once the first waits: below the tests' statement timeout (5 s), which a
     * wait counts to. Before the first waits, the requests may take longer (a cold server, a busy machine).
     */
    private static final long GATHER_MILLIS = 3500;
    private static final long FIRST_WAIT_MILLIS = 30_000;

    /** What the test's transaction holds while the requests gather, and how it lets go (commits, by default). */
    public interface Hold {
        void take(Connection c) throws SQLException;

        default void release(Connection c) throws SQLException {
            c.commit();
        }
    }

    private Race() {
    }

    /** The number of requests of a race: the size of the API's pool. */
    public static int size() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.reactive.max-size", Integer.class);
    }

    /** Holds row {@code id} of {@code table} with {@code mode} (`for no key update`, `for update`, `for key share`). */
    public static Hold row(String table, long id, String mode) {
        return c -> sql(c, "select 1 from " + table + " where id = ? " + mode, id);
    }

    /** Holds the lock of a lore hierarchy (V12's lore_hierarchy_lock), as the API and the loop triggers take it. */
    public static Hold hierarchy(String name) {
        return c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from lore_hierarchy_lock(?)")) {
                s.setString(1, name);
                s.executeQuery().close();
            }
        };
    }

    /** Holds the effect of {@code statement} (an insert, a delete...), uncommitted, then commits it. */
    public static Hold uncommitted(String statement, Object... parameters) {
        return c -> sql(c, statement, parameters);
    }

    /**
     * Runs {@code request} (given its index) {@link #size()} times at once while {@code hold} is held, and gives each
     * answer, in the order of the requests. Each answer is a GraphQL response without errors.
     */
    public static List<JsonPath> run(DataSource database, Hold hold, IntFunction<JsonPath> request) throws Exception {
        int n = size();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try (Connection held = database.getConnection(); Connection watch = database.getConnection()) {
            held.setAutoCommit(false);
            hold.take(held);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int at = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(at);
                }));
            }
            start.countDown();
            int waiting = waitingFor(watch, n, answers);
            hold.release(held);
            List<JsonPath> results = new ArrayList<>();
            for (Future<JsonPath> answer : answers) {
                results.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertEquals(n, waiting, n + " requests were fired while the test held the rule's lock, but only " + waiting
                    + " waited for it: the mutation does not take the lock its rule needs. Answers: " + results.stream()
                            .map(JsonPath::prettify).toList());
            results.forEach(json -> assertNull(json.get("errors"), json.prettify()));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * How many backends of this database wait on a lock, once {@code n} do, or the time to gather is over, or a
     * request has ended without waiting (then no more will come).
     */
    private static int waitingFor(Connection watch, int n, List<? extends Future<?>> requests) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        long firstWait = 0;
        while (true) {
            int waiting;
            try (PreparedStatement s = watch.prepareStatement("select count(*) from pg_stat_activity where datname = current_database() "
                    + "and pid <> pg_backend_pid() and wait_event_type = 'Lock'"); ResultSet r = s.executeQuery()) {
                r.next();
                waiting = r.getInt(1);
            }
            long now = System.nanoTime();
            if (waiting > 0 && firstWait == 0) {
                firstWait = now;
            }
            if (waiting >= n || requests.stream().anyMatch(Future::isDone)
                    || firstWait != 0 && now - firstWait > TimeUnit.MILLISECONDS.toNanos(GATHER_MILLIS)
                    || now - start > TimeUnit.MILLISECONDS.toNanos(FIRST_WAIT_MILLIS)) {
                return waiting;
            }
            Thread.sleep(10);
        }
    }

    /** The answers' values at {@code path}, in order ({@code data.x.userErrors[0].code}). */
    public static List<Object> each(List<JsonPath> answers, String path) {
        return answers.stream().map(a -> (Object) a.get(path)).toList();
    }

    /** Counts the answers whose value at {@code path} equals {@code value} (null for none). */
    public static long count(List<JsonPath> answers, String path, Object value) {
        return answers.stream().filter(a -> java.util.Objects.equals(a.get(path), value)).count();
    }

    /** Runs one statement with parameters on the test's connection. */
    public static void sql(Connection c, String statement, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.execute();
        }
    }

    /** The row key of a global id (tests address rows the API created). */
    public static long rowId(String globalId) {
        String raw = new String(java.util.Base64.getUrlDecoder().decode(globalId), java.nio.charset.StandardCharsets.UTF_8);
        return Long.parseLong(raw.substring(raw.indexOf(':') + 1));
    }

    /** A single long from a query. */
    public static long number(DataSource database, String query, Object... parameters) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The variables of a mutation: {@code {"input": input}}. */
    public static Map<String, Object> input(Map<String, Object> input) {
        return Map.of("input", input);
    }
}
