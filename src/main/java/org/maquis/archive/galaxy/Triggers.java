package org.maquis.archive.galaxy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Triggers disabled for the load's transaction and enabled again before it commits (see {@link ForeignKeys},
 * {@link History}).
 */
final class Triggers {

    private Triggers() {
    }

    /**
     * Disables the triggers that {@code query} finds (rows of table and quoted trigger name, then whatever else the
     * caller needs), every one of its parameters bound to {@code tables}; returns those rows for {@link #enable}.
     */
    static List<String[]> disable(Connection c, String query, String[] tables) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(query)) {
            Array names = c.createArrayOf("text", tables);
            for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
                s.setArray(i, names);
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    found.add(row);
                }
            }
        }
        alter(c, found, "disable");
        return found;
    }

    static void enable(Connection c, List<String[]> triggers) throws SQLException {
        alter(c, triggers, "enable");
    }

    private static void alter(Connection c, List<String[]> triggers, String how) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String[] t : triggers) {
                s.execute("alter table " + t[0] + " " + how + " trigger " + t[1]);
            }
        }
    }
}
