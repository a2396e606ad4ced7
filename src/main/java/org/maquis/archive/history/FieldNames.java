package org.maquis.archive.history;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.graphql.Ignore;
import org.maquis.archive.relay.GlobalId;
import org.maquis.archive.data.EntityColumns;
import org.maquis.archive.data.NodeType;
import org.maquis.archive.data.Refers;
import org.maquis.archive.data.Row;

/**
 * The API's name of each column a node type's history trigger records (V7__editing.sql stores the columns as
 * JSON), derived from the entity, which carries its columns: a plain column is its field (`title`), a column of a
 * date is the date's field and part (`died_earliest` is `died.earliest`), a reference column is the field that
 * {@link Refers} names (`death_place_id` is `diedAt`) and its values become global ids of the type it points to.
 * Left out: `id` and `version` (a change's `node` and `nodeVersion` give them) and the columns the database
 * derives, which the trigger does not record either. HistoryFieldsTest checks the result against the database's
 * columns and foreign keys and the served schema, so a new column cannot leak its storage name.
 */
final class FieldNames {

    /** What a stored column is in the API: a field's name and, for a reference, the node type it points to. */
    record Named(String name, NodeType refers) {

        /** The stored value as the API gives it: a reference as the global id it names, anything else as text. */
        String text(JsonValue stored) {
            if (stored == null || stored.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (refers != null) {
                return GlobalId.encode(refers.graphQlName(), ((JsonNumber) stored).longValue());
            }
            return stored instanceof JsonString s ? s.getString() : stored.toString();
        }
    }

    private static final Map<NodeType, Map<String, Named>> BY_TYPE = new HashMap<>();

    static {
        NodeType.all().stream().filter(t -> t.entity() != Change.class).forEach(t -> BY_TYPE.put(t, columns(t.entity())));
    }

    private FieldNames() {
    }

    /** The API's names of the recorded columns of the node type named {@code nodeType}, by column; none for another. */
    static Map<String, Named> of(String nodeType) {
        return NodeType.named(nodeType).map(BY_TYPE::get).orElse(Map.of());
    }

    static Map<String, Named> of(NodeType type) {
        return BY_TYPE.getOrDefault(type, Map.of());
    }

    /** The entity's recorded columns: its fields and its mapped superclasses' below {@link Row}, whose `id` is the change's `node`. */
    private static Map<String, Named> columns(Class<?> entity) {
        Map<String, Named> columns = new HashMap<>();
        for (Class<?> type = entity; type != Row.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (recorded(field)) {
                    add(columns, field);
                }
            }
        }
        return Map.copyOf(columns);
    }

    /** A persistent field, not the version (a change's `nodeVersion`), not a column the database derives. */
    private static boolean recorded(Field field) {
        Column column = field.getAnnotation(Column.class);
        boolean derived = column != null && !column.insertable() && !column.updatable();
        return EntityColumns.persistent(field) && !field.isAnnotationPresent(Version.class) && !derived;
    }

    private static void add(Map<String, Named> columns, Field field) {
        Refers refers = field.getAnnotation(Refers.class);
        if (EntityColumns.embedded(field)) {
            for (Field part : field.getType().getDeclaredFields()) {
                if (EntityColumns.persistent(part)) {
                    columns.put(EntityColumns.column(field, part), new Named(field.getName() + "." + part.getName(), null));
                }
            }
        } else if (refers != null) {
            columns.put(EntityColumns.column(field), new Named(EntityColumns.referenceField(field), NodeType.of(refers.value())));
        } else if (!field.isAnnotationPresent(Ignore.class)) {
            columns.put(EntityColumns.column(field), new Named(field.getName(), null));
        }
        // A column hidden from the API that is no reference has no name to give: HistoryFieldsTest fails on it.
    }
}
