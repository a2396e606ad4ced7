package org.maquis.archive.history;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Table;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SqlResultSetMapping;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.relay.GlobalId;
import org.maquis.archive.relay.Node;
import org.maquis.archive.data.Row;

/**
 * One change of one record, as the history trigger of its table recorded it (V7__editing.sql), in the same
 * transaction as the change. A change outlives its record: a deleted node's history stays readable.
 */
@Entity
@Table(name = "change")
@SqlResultSetMapping(name = "Change.page", entities = @EntityResult(entityClass = Change.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Description("One change of one record: who made it, when, through which mutation, and its fields before and after.")
public class Change extends Row implements Node {

    @Enum("ChangeKind")
    @Description("What a change did to its record.")
    public enum Kind {
        @Description("The record was created.") CREATE,
        @Description("Some of its fields changed.") UPDATE,
        @Description("The record was deleted.") DELETE
    }

    @Ignore
    public String nodeType;

    @Ignore
    public Long nodeId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Created, updated or deleted.")
    public Kind kind;

    @NonNull
    @Description("The record's version after the change (for a deletion, the version deleted).")
    public Integer nodeVersion;

    @NonNull
    @Description("When the transaction that made the change began.")
    public OffsetDateTime at;

    @NonNull
    @Description("Who made it: the archivist named by the token, or the database user for changes made outside the API.")
    public String actor;

    @NonNull
    @Description("The mutation that made it (`updatePerson`), or `sql` outside the API.")
    public String mutation;

    @Ignore
    public String before;

    /** Its place in commit order, numbered when its transaction commits (V13__change_notices.sql, the live package). */
    @Ignore
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Ignore
    public String after;

    @Id
    @NonNull
    @Description("The id of the record changed, which may since have been deleted.")
    public String getNode() {
        return GlobalId.encode(nodeType, nodeId);
    }

    @NonNull
    @Description("The fields of the record that the change set, changed or cleared, as its type names them (`title`; "
            + "`died.earliest`, a part of a date; `diedAt`, a reference, whose values are the ids of the records named), "
            + "with their values before and after, in the order of their names. A creation lists the fields it set, an update "
            + "those that changed, a deletion those the record held; `id` and `version` are the change's `node` and `nodeVersion`.")
    public List<@NonNull FieldChange> getFields() {
        JsonObject was = parse(before);
        JsonObject is = parse(after);
        // A field is listed when it holds a value on either side: the trigger keeps only an update's changed columns,
        // and the columns of a creation or a deletion that were empty said nothing.
        TreeMap<String, FieldChange> fields = new TreeMap<>();
        FieldNames.of(nodeType).forEach((column, field) -> {
            String wasText = field.text(was.get(column));
            String isText = field.text(is.get(column));
            if (wasText != null || isText != null) {
                fields.put(field.name(), new FieldChange(field.name(), wasText, isText));
            }
        });
        return new ArrayList<>(fields.values());
    }

    private static JsonObject parse(String json) {
        if (json == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
