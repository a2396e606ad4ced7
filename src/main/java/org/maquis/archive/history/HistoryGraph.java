package org.maquis.archive.history;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.maquis.archive.relay.GlobalId;
import org.maquis.archive.data.NodeType;
import org.maquis.archive.errors.NotFound;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;
import org.maquis.archive.data.Row;

/**
 * The history of every record: a connection on each node type, newest first, paged like every other (each type
 * declares its `history` field with its other fields, and pages it with {@link #ofRecord}), and a root field that
 * reads it by id, also for a record since deleted.
 */
@GraphQLApi
public class HistoryGraph {

    static final String FIRST = "Take this many from the start (or from `after`).";
    static final String AFTER = "Start after this cursor.";
    static final String LAST = "Take this many from the end (or from `before`).";
    static final String BEFORE = "End before this cursor.";

    /** Newest first: the order in which changes were recorded, backward. */
    private static final Order NEWEST = Order.descending("newest");

    /** Each node type's history: the changes recorded for its rows (the index change_of_node serves it). */
    private static final Map<NodeType, Relation<Change>> HISTORY = NodeType.all().stream()
            .filter(type -> type.entity() != Change.class)
            .collect(Collectors.toMap(type -> type, type -> Relation.children(Change.class, "node_id", NEWEST)
                    .and("t.node_type = '" + type.graphQlName() + "'")));

    @Query
    @NonNull
    @Description("The history of the record with this id, newest first; it stays readable after the record is deleted.")
    public CompletionStage<@NonNull ChangeConnection> history(@NonNull @Id @Description("The record's id.") String of,
            @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        GlobalId id = GlobalId.decode(of);
        NodeType type = NodeType.named(id.type()).filter(HISTORY::containsKey)
                .orElseThrow(() -> new NotFound("`" + of + "` is not the id of a record of the archive."));
        return HISTORY.get(type).page(id.rowId(), first, after, last, before, ChangeConnection::new);
    }

    /**
     * The history of one record, newest first: what the `history` field of each node type, declared in its own
     * package beside its other fields, answers.
     */
    public static CompletionStage<ChangeConnection> ofRecord(Row row, Integer first, String after, Integer last, String before) {
        return HISTORY.get(NodeType.of(row.getClass())).page(row, first, after, last, before, ChangeConnection::new);
    }
}
