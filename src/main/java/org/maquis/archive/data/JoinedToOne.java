package org.maquis.archive.data;

import jakarta.persistence.FieldResult;
import jakarta.persistence.SqlResultSetMapping;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.dataloader.DataLoaderRegistry;
import org.maquis.archive.engine.Selection;

/**
 * A to-one field of the rows, read in the same statement as their page when the query selects it: its row is
 * joined through {@code column}, mapped by the entity's result set mapping {@code <Entity>.page.<field>} (whose
 * {@code joined_<column>} aliases name the columns read), and handed to the request's loader of its type, so
 * that the field's resolver ({@link Repository#load}) finds it without a statement of its own.
 */
record JoinedToOne<J extends Row>(String field, String column, Class<J> target, String mapping, String columns) {

    static <J extends Row> JoinedToOne<J> of(Class<?> entity, String field, String column, Class<J> target) {
        String mapping = entity.getSimpleName() + ".page." + field;
        SqlResultSetMapping declared = Arrays.stream(entity.getAnnotationsByType(SqlResultSetMapping.class))
                .filter(m -> m.name().equals(mapping)).findFirst()
                .orElseThrow(() -> new IllegalStateException(entity.getSimpleName() + " declares no mapping " + mapping));
        String columns = Arrays.stream(declared.entities()).filter(e -> e.entityClass() == target)
                .flatMap(e -> Arrays.stream(e.fields())).map(FieldResult::column)
                .map(alias -> "(x.j)." + alias.substring(PREFIX.length()) + " as " + alias)
                .collect(Collectors.joining(", "));
        return new JoinedToOne<>(field, column, target, mapping, columns);
    }

    private static final String PREFIX = "joined_";

    /** Whether the connection whose selection this is selects this field of its rows. */
    boolean selectedIn(Selection connection) {
        return connection.has("nodes/" + field) || connection.has("edges/node/" + field);
    }

    void prime(DataLoaderRegistry registry, Object row) {
        if (row != null) {
            Repository.of(target).prime(registry, target.cast(row));
        }
    }
}
