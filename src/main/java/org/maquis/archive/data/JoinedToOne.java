package org.maquis.archive.data;

import java.util.List;
import java.util.stream.Collectors;
import org.dataloader.DataLoaderRegistry;
import org.maquis.archive.engine.Selection;

/**
 * A to-one field of the rows, read in the same statement as their page when the query selects it: its row is
 * joined through {@code column}, the columns the query selects of it read as {@code joined_<column>}
 * ({@link #columnsIn}), and handed to the request's loader of its type under those columns, so that the field's
 * resolver ({@link Repository#load}) finds it without a statement of its own.
 */
record JoinedToOne<J extends Row>(String field, String column, Class<J> target) {

    private static final String PREFIX = "joined_";

    static <J extends Row> JoinedToOne<J> of(String field, String column, Class<J> target) {
        return new JoinedToOne<>(field, column, target);
    }

    /** The columns of the joined row that the connection selects of the field ({@link EntityRows#columnsFor}). */
    List<String> columnsIn(Selection connection) {
        return EntityRows.of(target).columnsFor(connection.names("nodes/" + field), connection.names("edges/node/" + field));
    }

    /** The select list of those columns, each as {@code joined_<column>}. */
    static String columns(List<String> columns) {
        return columns.stream().map(c -> "j." + c + " as " + PREFIX + c).collect(Collectors.joining(", "));
    }

    /** Whether the connection whose selection this is selects this field of its rows. */
    boolean selectedIn(Selection connection) {
        return connection.has("nodes/" + field) || connection.has("edges/node/" + field);
    }

    /** What reads the joined row out of a page's result whose columns are {@code columns}. */
    EntityRows.Reader<J> reader(List<String> columns) {
        return EntityRows.of(target).reader(columns, PREFIX);
    }

    /**
     * Hands the joined row of {@code row}, if it has one, to the request's loader of its type, once for each selection
     * of its columns that asked for it.
     */
    void prime(DataLoaderRegistry registry, EntityRows.Reader<? extends Row> reader, io.vertx.sqlclient.Row row,
            List<List<String>> selections) {
        if (row.getValue(PREFIX + "id") != null) {
            J read = target.cast(reader.read(row));
            selections.forEach(columns -> Repository.of(target).prime(registry, read, columns));
        }
    }
}
