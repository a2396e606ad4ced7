package org.maquis.archive.galaxy;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Row-by-row foreign-key checks between the galaxy's own tables, paused for one transaction.
 *
 * <p>PostgreSQL checks each foreign key of each copied row with one query (four per event participant),
 * which makes a bulk load several times slower; deleting a million people runs one query per row for each
 * foreign key that points at them, some over columns without an index. The generator's rows are consistent
 * by construction and it deletes children before parents, so within its transaction it disables only the
 * internal triggers of foreign keys between these tables (the insert/update checks, and the "no action" or
 * "restrict" checks on delete), then enables them again before commit; a failure rolls everything back,
 * the disabling included. Every other trigger keeps firing (but the history's, {@link History}, the one that
 * copies an event's sort keys onto its participants and the search documents' insert triggers, whose data the load
 * writes itself, {@link SearchDocuments}): triggers and generated
 * columns that fill derived data, and cascades from other tables. This needs a superuser (PostgreSQL's rule for
 * internal triggers); otherwise nothing is paused and the load is only slower.
 */
final class ForeignKeys {

    private static final String PAUSABLE = """
            select format('%s', t.tgrelid::regclass), quote_ident(t.tgname)
            from pg_trigger t join pg_constraint k on k.oid = t.tgconstraint
            where t.tgisinternal and t.tgenabled <> 'D' and k.contype = 'f'
              and k.conrelid = any (?::regclass[]) and k.confrelid = any (?::regclass[])
              and (t.tgfoid in ('"RI_FKey_check_ins"'::regproc, '"RI_FKey_check_upd"'::regproc)
                   or (t.tgfoid in ('"RI_FKey_noaction_del"'::regproc, '"RI_FKey_restrict_del"'::regproc)
                       and k.confdeltype in ('a', 'r')))
            order by 1, 2""";

    private ForeignKeys() {
    }

    /** Disables the checks of the foreign keys among {@code tables}; returns what {@link #resume} enables. */
    static List<String[]> pause(Connection c, String[] tables, PrintStream log) throws SQLException {
        if (!superuser(c)) {
            if (log != null) {
                log.println("  (not a superuser: foreign keys are checked row by row, which is slower)");
            }
            return List.of();
        }
        return Triggers.disable(c, PAUSABLE, tables);
    }

    static void resume(Connection c, List<String[]> paused) throws SQLException {
        Triggers.enable(c, paused);
    }

    private static boolean superuser(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
