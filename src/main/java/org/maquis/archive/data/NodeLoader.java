package org.maquis.archive.data;

import org.maquis.archive.relay.Node;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads nodes of any type by their row keys, one statement per type: behind `node`, `nodes` and `search`.
 * The type comes from the closed table {@link NodeType}: a name that is not there loads nothing.
 */
@ApplicationScoped
public class NodeLoader {

    /** The nodes of one type with these row keys, by key, each row whole; none for a name that is not a node type. */
    public Uni<Map<Long, Node>> load(String type, Collection<Long> rowIds) {
        return load(type, rowIds, null);
    }

    /**
     * The same, each row read of the columns that fields of these names read ({@link EntityRows#columnsFor}; all of
     * them when {@code fields} is null): what the asking field selects of its nodes, through its fragments on every type.
     */
    public Uni<Map<Long, Node>> load(String type, Collection<Long> rowIds, Set<String> fields) {
        Optional<NodeType> nodeType = NodeType.named(type);
        if (rowIds.isEmpty() || nodeType.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Repository<?> rows = Repository.of(nodeType.get().entity());
        return (fields == null ? rows.byIds(rowIds) : rows.byIds(rowIds, fields)).map(found -> {
            Map<Long, Node> byId = new HashMap<>();
            found.forEach((id, row) -> byId.put(id, (Node) row));
            return byId;
        });
    }
}
