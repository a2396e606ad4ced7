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
 * The secondary indexes of the galaxy's tables, dropped for one load and built again after it, in the same
 * transaction.
 *
 * <p>Copied row by row into a table, each row is inserted into each of its indexes at a random place (four
 * timeline indexes of a gigabyte on 3 million event participants, a GIN index of search documents); built
 * afterwards, an index is one sort. Only indexes that back no constraint go: primary keys and unique keys stay,
 * and with them every lookup the triggers make while rows arrive (an event by its id, a search name by its name).
 * A failure rolls back the dropping with everything else, so the schema is never left without them.
 */
final class Indexes {

    private static final String DROPPABLE = """
            select quote_ident(n.nspname) || '.' || quote_ident(i.relname), pg_get_indexdef(x.indexrelid)
            from pg_index x join pg_class i on i.oid = x.indexrelid join pg_namespace n on n.oid = i.relnamespace
            where x.indrelid = any (?::regclass[]) and not x.indisprimary and not x.indisunique
              and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)
            order by 1""";

    private Indexes() {
    }

    /** Drops the indexes of {@code tables} that back no constraint; returns their definitions, for {@link #build}. */
    static List<String> drop(Connection c, String[] tables) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(DROPPABLE)) {
            Array array = c.createArrayOf("text", tables);
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("drop index " + name);
            }
        }
        return definitions;
    }

    /** Builds the dropped indexes again, with more memory for the sorts (for this transaction only). */
    static void build(Connection c, List<String> definitions) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set local maintenance_work_mem = '256MB'");
            for (String definition : definitions) {
                s.execute(definition);
            }
        }
    }
}
