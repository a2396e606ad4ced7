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
 * {@link History}, {@link SearchDocuments}, and the participants' sort keys in {@link Galaxy}).
 */
final class Triggers {

    /**
     * The enabled triggers of a name on some tables, where this user owns the table (or may act as its owner), as
     * {@link #disable} takes them, with the trigger's first argument.
     */
    private static final String NAMED = """
            select format('%s', t.tgrelid::regclass), quote_ident(t.tgname),
                   split_part(encode(t.tgargs, 'escape'), '\\000', 1)
            from pg_trigger t join pg_class c on c.oid = t.tgrelid
            where t.tgname = ? and t.tgenabled <> 'D' and t.tgrelid = any (?::regclass[])
              and pg_has_role(current_user, c.relowner, 'USAGE')
            order by 1""";

    private interface Binding {
        void bind(PreparedStatement s) throws SQLException;
    }

    private Triggers() {
    }

    /**
     * Disables the triggers that {@code query} finds (rows of table and quoted trigger name), every one of its
     * parameters bound to {@code tables}; returns them for {@link #enable}.
     */
    static List<String[]> disable(Connection c, String query, String[] tables) throws SQLException {
        return disable(c, query, s -> {
            Array names = c.createArrayOf("text", tables);
            for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
                s.setArray(i, names);
            }
        });
    }

    /**
     * Disables the triggers named {@code trigger} of those of {@code tables} this user owns; returns them for
     * {@link #enable}, each as table, quoted trigger name and the trigger's first argument.
     */
    static List<String[]> disable(Connection c, String trigger, List<String> tables) throws SQLException {
        return disable(c, NAMED, s -> {
            s.setString(1, trigger);
            s.setArray(2, c.createArrayOf("text", tables.toArray()));
        });
    }

    private static List<String[]> disable(Connection c, String query, Binding binding) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(query)) {
            binding.bind(s);
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
