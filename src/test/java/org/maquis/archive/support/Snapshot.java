package org.maquis.archive.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A copy of every table of the archive, to put back after a test let mutations change the lore's own rows (an update,
 * a deletion, a renaming), which {@link Archivist#forgetEdits} cannot undo: it deletes only rows added through the API.
 * The copy goes back with triggers and foreign keys off (session_replication_role = replica), row for row, history
 * and search documents included, so that the checksums of {@link Checksums} are what they were.
 */
public final class Snapshot implements AutoCloseable {

    /** One schema per copy, so that copies can nest. */
    private static final AtomicInteger COPIES = new AtomicInteger();

    /** What a test runs against the lore. */
    public interface Body {
        void run() throws Exception;
    }

    private final String schema;
    private final DataSource database;
    /** Each table with the columns it stores as written. */
    private final Map<String, String> tables;

    private Snapshot(String schema, DataSource database, Map<String, String> tables) {
        this.schema = schema;
        this.database = database;
        this.tables = tables;
    }

    /**
     * Runs {@code body} against the lore as the migrations load it (the edits and history that tests before left are
     * forgotten first), then puts every table back as it was before: generated requests meet the same rows every time.
     */
    public static void fromTheLore(DataSource database, Body body) throws Exception {
        try (Snapshot left = take(database)) {
            try {
                Archivist.forgetEdits(database);
                body.run();
            } finally {
                left.restore();
            }
        }
    }

    /** Copies every table now. */
    public static Snapshot take(DataSource database) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            Map<String, String> tables = new LinkedHashMap<>();
            for (String table : Checksums.tables(s)) {
                tables.put(table, String.join(", ", written(s, table)));
            }
            String schema = "test_snapshot_" + COPIES.incrementAndGet();
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
            for (String table : tables.keySet()) {
                s.execute("create table " + schema + ".\"" + table + "\" as select * from public.\"" + table + "\"");
            }
            return new Snapshot(schema, database, tables);
        }
    }

    /** Puts every table back as it was when taken, in one transaction. */
    public void restore() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set local session_replication_role = replica");
            for (Map.Entry<String, String> table : tables.entrySet()) {
                String columns = table.getValue();
                s.execute("delete from public.\"" + table.getKey() + "\"");
                s.execute("insert into public.\"" + table.getKey() + "\" (" + columns + ") overriding system value select " + columns
                        + " from " + schema + ".\"" + table.getKey() + "\"");
            }
            c.commit();
        }
    }

    /** Drops the copy. */
    @Override
    public void close() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
    }

    /** The columns of a table that are stored as written: not the generated ones, which PostgreSQL computes again. */
    private static List<String> written(Statement s, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select column_name from information_schema.columns where table_schema = 'public'"
                + " and table_name = '" + table + "' and is_generated = 'NEVER' order by ordinal_position")) {
            while (r.next()) {
                columns.add("\"" + r.getString(1) + "\"");
            }
        }
        return columns;
    }
}
