package org.maquis.archive.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A copy of every table of the archive, to put back after a test let mutations change the lore's own rows (an update,
 * a deletion, a renaming), which {@link Archivist#forgetEdits} cannot undo: it deletes only rows added through the API.
 * The copy goes back with triggers and foreign keys off (session_replication_role = replica), row for row, history
 * and search documents included, so that the checksums of {@link Checksums} are what they were.
 */
public final class Snapshot implements AutoCloseable {

    private static final String SCHEMA = "test_snapshot";

    private final DataSource database;
    /** Each table with the columns it stores as written. */
    private final Map<String, String> tables;

    private Snapshot(DataSource database, Map<String, String> tables) {
        this.database = database;
        this.tables = tables;
    }

    /** Copies every table now. */
    public static Snapshot take(DataSource database) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            Map<String, String> tables = new LinkedHashMap<>();
            for (String table : Checksums.tables(s)) {
                tables.put(table, String.join(", ", written(s, table)));
            }
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            s.execute("create schema " + SCHEMA);
            for (String table : tables.keySet()) {
                s.execute("create table " + SCHEMA + ".\"" + table + "\" as select * from public.\"" + table + "\"");
            }
            return new Snapshot(database, tables);
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
                        + " from " + SCHEMA + ".\"" + table.getKey() + "\"");
            }
            c.commit();
        }
    }

    /** Drops the copy. */
    @Override
    public void close() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
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
