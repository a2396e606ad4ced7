package org.maquis.archive.galaxy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The search documents of the generated rows, written once for all of them after the rows are copied, instead of
 * by V4's statement triggers at the end of each table's COPY.
 *
 * <p>A document costs about 12 microseconds of PostgreSQL's CPU ({@code unaccent} and {@code to_tsvector} of name
 * and description): 24 of the 27 s of copying a million events went to the trigger's statement, in the one backend
 * of the load while the generator waited. A trigger's statement cannot use more than that backend: an INSERT is
 * never planned in parallel, and its transition table is the backend's own. So the load disables the entry tables'
 * insert triggers, and afterwards computes the documents of every generated row in one CREATE TABLE AS, which
 * PostgreSQL plans in parallel, then writes them and counts their names (V8's search_name) as the trigger would.
 * What a document is stays V4's: the same functions, {@code search_plain_name} and {@code search_vector}, and each
 * table's type name is read from its trigger's argument. The triggers are enabled again before commit; a failure
 * rolls back the disabling with everything else. Where this user does not own a table, its trigger stays and
 * writes that table's documents as the rows arrive.
 */
final class SearchDocuments {

    private SearchDocuments() {
    }

    /** Disables the insert triggers of those of {@code tables} that have one; returns what {@link #write} needs. */
    static List<String[]> pause(Connection c, String[] tables) throws SQLException {
        return Triggers.disable(c, "search_document_insert", List.of(tables));
    }

    /**
     * Writes the documents of the generated rows (id at least {@link Galaxy#BASE}) of the tables whose triggers
     * {@link #pause} disabled (each row: table, trigger, the type name its argument gives the documents), counts
     * their names, and enables the triggers again. Returns the documents written.
     */
    static long write(Connection c, List<String[]> paused) throws SQLException {
        if (paused.isEmpty()) {
            return 0;
        }
        String entries = paused.stream()
                .map(t -> "select cast('" + t[2].replace("'", "''") + "' as text) as type, t.id, t.name,"
                        + " search_plain_name(t.name) as plain_name, search_vector(t.name, t.description) as document"
                        + " from " + t[0] + " t where t.id >= " + Galaxy.BASE)
                .collect(Collectors.joining(" union all "));
        long written;
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table galaxy_search_document as " + entries);
            written = s.executeUpdate("insert into search_document (type, id, name, plain_name, document)"
                    + " select type, id, name, plain_name, document from galaxy_search_document");
            s.execute("insert into search_name (plain_name, documents)"
                    + " select plain_name, count(*) from galaxy_search_document group by plain_name"
                    + " on conflict (plain_name) do update set documents = search_name.documents + excluded.documents");
            s.execute("drop table galaxy_search_document");
        }
        Triggers.enable(c, paused);
        return written;
    }
}
