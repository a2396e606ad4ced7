package org.maquis.archive.galaxy;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The galaxy generator: grows the article's lore (already loaded by Flyway) to a chosen number of people,
 * deterministically from a seed, in the article's proportions and with the shapes that hurt a naive read
 * path: one faction (the Maquis) with nine in ten people as members and half of all events, timelines of
 * about one event per person spread over three centuries with large groups on the very same dates, a few
 * people in thousands of events, names shared by thousands of people, and rows of every searchable type.
 *
 * <p>Rows are streamed with COPY, generated on the fly; every generated id is at least {@link #BASE}, so the
 * article's rows are never touched (generated rows do point at the Maquis, id 600). Only the base columns of
 * V1 are written, each COPY naming its columns, so generated columns and triggers fill derived data, with two
 * exceptions: each event participant's copy of its event's sort keys, which the load reads from the events and
 * writes itself (see the event_participant step), and the search documents, which it writes for all tables at once
 * through V4's functions ({@link SearchDocuments}).
 *
 * <p>{@code src/bench/galaxy.sh DBNAME PEOPLE [SEED]} runs {@link #main} after packaging the app.
 */
public final class Galaxy {

    /** The first generated id of every table. */
    public static final long BASE = 10_000_000L;
    /** The lore's Maquis (V2), the faction most generated people belong to. */
    static final long MAQUIS = 600;

    /** Tables holding generated rows, children before parents: the order {@link #remove} deletes in. */
    private static final String[] DELETE_ORDER = {
        "event_participant", "ship_command", "faction_origin", "faction_species", "alliance", "faction_opposition",
        "spy_assignment", "marriage", "membership", "cell_leader", "faction_leader", "faction_founder", "cell",
        "ship", "faction", "person", "event", "ship_class", "empire", "place", "species"};

    /** The tables of the archive's records and links, children before parents: the order to delete rows in. */
    public static List<String> tablesChildrenFirst() {
        return List.of(DELETE_ORDER);
    }

    /** Tables a load writes: the generated ones and the search documents and names their triggers write. */
    private static final String[] WRITTEN = Stream.concat(Arrays.stream(DELETE_ORDER),
            Stream.of("search_document", "search_name")).toArray(String[]::new);

    private Galaxy() {
    }

    /**
     * Loads a galaxy of {@code people} people from {@code seed}, first removing any earlier galaxy, in one
     * transaction; then refreshes materialized views and runs VACUUM (ANALYZE). The same people and seed always give
     * the same rows.
     */
    public static void load(Connection c, int people, long seed) throws SQLException {
        load(c, people, seed, null);
    }

    /** Deletes every generated row (id at least {@link #BASE}), children first; the lore stays. */
    public static void remove(Connection c) throws SQLException {
        inTransaction(c, () -> {
            var paused = ForeignKeys.pause(c, DELETE_ORDER, null);
            var unrecorded = History.pause(c, DELETE_ORDER);
            delete(c, null);
            History.resume(c, unrecorded);
            ForeignKeys.resume(c, paused);
        });
        refreshAndAnalyze(c, null);
    }

    static void load(Connection c, long people, long seed, PrintStream log) throws SQLException {
        Sizes n = Sizes.of(people);
        long start = System.nanoTime();
        inTransaction(c, () -> {
            var paused = ForeignKeys.pause(c, DELETE_ORDER, log);
            var unrecorded = History.pause(c, DELETE_ORDER);
            delete(c, log);
            var unsearched = SearchDocuments.pause(c, DELETE_ORDER);
            List<String> indexes = Indexes.drop(c, WRITTEN);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Words words = new Words(seed);
            Entities things = new Entities(copy, n, words);
            Relations relations = new Relations(copy, n, words);
            step(log, "species", things::species);
            step(log, "place", things::places);
            step(log, "empire", things::empires);
            step(log, "ship_class", things::shipClasses);
            step(log, "event", things::events);
            step(log, "person", things::people);
            step(log, "faction", things::factions);
            step(log, "ship", things::ships);
            step(log, "faction.flagship_id", () -> update(c,
                    "update faction set flagship_id = " + BASE + " + (id - " + BASE + ") * 7 % " + n.ships()
                            + " where id >= " + BASE + " and id % 3 = 0"));
            step(log, "cell", things::cells);
            step(log, "faction relations", relations::factionRelations);
            step(log, "other relations", relations::otherRelations);
            step(log, "membership", relations::memberships);
            step(log, "event_participant", () -> {
                // Each participant copies its event's sort keys (V5): read once here, written by the COPY, instead of
                // a row trigger's lookup of the event for each of millions of rows.
                var copying = Triggers.disable(c, "event_participant_dates", List.of("event_participant"));
                long rows = relations.eventParticipants(eventSortKeys(c, n.events()));
                Triggers.enable(c, copying);
                return rows;
            });
            step(log, "search documents", () -> SearchDocuments.write(c, unsearched));
            step(log, "indexes built again (" + indexes.size() + ")", () -> {
                Indexes.build(c, indexes);
                return 0;
            });
            History.resume(c, unrecorded);
            ForeignKeys.resume(c, paused);
        });
        refreshAndAnalyze(c, log);
        if (log != null) {
            log.printf(Locale.ROOT, "galaxy of %d people (seed %d) loaded in %.1f s%n", people, seed, seconds(start));
        }
    }

    /** An open end of a sort key ({@code 'infinity'}) among {@link #eventSortKeys}' days. */
    static final int INFINITY = Integer.MAX_VALUE;

    /**
     * The timeline sort keys of each generated event (by index: id - {@link #BASE}) as the database derived them
     * from its dates (V5's generated columns {@code date_first} and {@code date_last}), as days since 1970 or
     * {@link #INFINITY}.
     */
    private static int[][] eventSortKeys(Connection c, long events) throws SQLException {
        int[][] keys = new int[2][(int) events];
        String days = "case when %1$s = 'infinity' then " + INFINITY + " else %1$s - date '1970-01-01' end";
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery("select id - " + BASE + ", " + days.formatted("date_first") + ", "
                    + days.formatted("date_last") + " from event where id >= " + BASE)) {
                while (rs.next()) {
                    int event = (int) rs.getLong(1);
                    keys[0][event] = rs.getInt(2);
                    keys[1][event] = rs.getInt(3);
                }
            }
        }
        return keys;
    }

    private static void delete(Connection c, PrintStream log) throws SQLException {
        step(log, "remove: faction.flagship_id", () -> update(c,
                "update faction set flagship_id = null where id >= " + BASE + " and flagship_id is not null"));
        for (String table : DELETE_ORDER) {
            step(log, "remove: " + table, () -> update(c, "delete from " + table + " where id >= " + BASE));
        }
    }

    /** Derived data that is not kept by triggers: refresh every materialized view, then VACUUM and ANALYZE. */
    private static void refreshAndAnalyze(Connection c, PrintStream log) throws SQLException {
        // For this session only: index builds (a refreshed view rebuilds its GIN indexes) get more memory.
        update(c, "set maintenance_work_mem = '256MB'");
        List<String> views = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select quote_ident(schemaname) || '.' || quote_ident(matviewname) "
                     + "from pg_matviews where schemaname = current_schema() order by 1")) {
            while (rs.next()) {
                views.add(rs.getString(1));
            }
        }
        for (String view : views) {
            step(log, "refresh " + view, () -> update(c, "refresh materialized view " + view));
        }
        // VACUUM as after any bulk load: it also marks the loaded pages all-visible, as autovacuum would in time,
        // so that an index-only scan (a timeline window's ranges) reads no table pages. It cannot run in a
        // transaction: a caller who holds one gets ANALYZE alone.
        if (c.getAutoCommit()) {
            step(log, "vacuum (analyze)", () -> update(c, "vacuum (analyze)"));
        } else {
            step(log, "analyze", () -> update(c, "analyze"));
        }
        update(c, "reset maintenance_work_mem");
    }

    private interface Work {
        long run() throws SQLException;
    }

    private interface Body {
        void run() throws SQLException;
    }

    private static void inTransaction(Connection c, Body body) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            // Generated rows are not edits: the history triggers (V7__editing.sql) skip them, where History could
            // not disable them.
            try (Statement s = c.createStatement()) {
                s.execute("set local maquis.history = 'off'");
            }
            body.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void step(PrintStream log, String what, Work work) throws SQLException {
        long start = System.nanoTime();
        long rows = work.run();
        if (log != null && rows > 0) {
            log.printf(Locale.ROOT, "  %-32s %,12d rows %8.1f s%n", what, rows, seconds(start));
        } else if (log != null && !what.startsWith("remove")) {
            log.printf(Locale.ROOT, "  %-32s %22.1f s%n", what, seconds(start));
        }
    }

    private static long update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            return Math.max(0, s.getUpdateCount());
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * {@code --url jdbc:postgresql://HOST:PORT/DB --user USER [--password PW] [--migrate] --people N [--seed S]},
     * or {@code --remove}. {@code --migrate} first applies the app's Flyway migrations.
     */
    public static void main(String[] args) throws SQLException {
        String url = null;
        String user = "postgres";
        String password = "";
        long people = -1;
        long seed = 42;
        boolean remove = false;
        boolean migrate = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--people" -> people = Long.parseLong(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--remove" -> remove = true;
                case "--migrate" -> migrate = true;
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (url == null || (people < 1 && !remove && !migrate) || people > Integer.MAX_VALUE) {
            usage("--url and --people (1 or more) are required");
        }
        if (migrate) {
            // The app's own migrations (classpath db/migration), with Flyway's defaults as the app uses them.
            long start = System.nanoTime();
            var result = org.flywaydb.core.Flyway.configure().dataSource(url, user, password).load().migrate();
            System.out.printf(Locale.ROOT, "migrations: %d applied%s in %.1f s%n", result.migrationsExecuted,
                    result.targetSchemaVersion == null ? "" : ", now at version " + result.targetSchemaVersion,
                    seconds(start));
            if (people < 1 && !remove) {
                return;
            }
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            if (remove) {
                long start = System.nanoTime();
                remove(c);
                System.out.printf(Locale.ROOT, "galaxy removed in %.1f s%n", seconds(start));
                return;
            }
            load(c, people, seed, System.out);
            System.out.println("rows per table (lore included):");
            for (int i = DELETE_ORDER.length - 1; i >= 0; i--) {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select count(*) from " + DELETE_ORDER[i])) {
                    rs.next();
                    System.out.printf(Locale.ROOT, "  %-20s %,12d%n", DELETE_ORDER[i], rs.getLong(1));
                }
            }
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: Galaxy --url jdbc:postgresql://HOST:PORT/DB --user USER [--password PW] "
                + "[--migrate] --people N [--seed S] | --remove");
        System.exit(2);
    }
}
