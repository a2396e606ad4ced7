package org.maquis.archive.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** What "nothing changed" compares: every table's row count and the MD5 of all its rows. */
public final class Checksums {

    private Checksums() {
    }

    /** Each table's row count and the MD5 of all its rows, by table. */
    public static Map<String, String> of(DataSource database) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables(s)) {
                try (ResultSet r = s.executeQuery("select count(*) || ' ' || md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                        + " from \"" + table + "\" t")) {
                    r.next();
                    sums.put(table, r.getString(1));
                }
            }
        }
        assertTrue(sums.size() > 20, "tables: " + sums.keySet());
        return sums;
    }

    /** How many changes history holds: any write through the API adds one, in the same transaction. */
    public static long changes(DataSource database) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from change")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The tables of the archive's schema. */
    static List<String> tables(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }
}
