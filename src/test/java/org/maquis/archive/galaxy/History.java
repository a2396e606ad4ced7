package org.maquis.archive.galaxy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The history triggers of the galaxy's tables (V7__editing.sql, {@code record_change}), disabled for one
 * transaction: generated rows are not edits.
 *
 * <p>Each is a row trigger that fires after every inserted or deleted row: PostgreSQL queues an event per row
 * for the end of the statement, then calls the function, which turns the whole row into JSON before it reads
 * {@code maquis.history} and returns. For the 6.6 million rows of a million people that was about a sixth of
 * the load (159 s with them, 133 s without, both before a VACUUM was added).
 * Disabled, they are neither queued nor called; they are enabled again before commit, and a failure rolls
 * back the disabling with everything else. {@code maquis.history = 'off'} stays set for the transaction as
 * well (the trigger honours it), for a trigger that could not be disabled: that needs the table's owner.
 */
final class History {

    private static final String TRIGGERS = """
            select format('%s', t.tgrelid::regclass), quote_ident(t.tgname)
            from pg_trigger t
            where not t.tgisinternal and t.tgenabled <> 'D' and t.tgfoid = 'record_change'::regproc
              and t.tgrelid = any (?::regclass[]) and pg_has_role(current_user, (select c.relowner
                  from pg_class c where c.oid = t.tgrelid), 'USAGE')
            order by 1, 2""";

    private History() {
    }

    /** Disables the history triggers of {@code tables}; returns what {@link #resume} enables. */
    static List<String[]> pause(Connection c, String[] tables) throws SQLException {
        return Triggers.disable(c, TRIGGERS, tables);
    }

    static void resume(Connection c, List<String[]> paused) throws SQLException {
        Triggers.enable(c, paused);
    }
}
