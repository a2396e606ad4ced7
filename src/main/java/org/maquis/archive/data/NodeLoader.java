package org.maquis.archive.data;

import org.maquis.archive.relay.Node;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads nodes of any type by their row keys, one statement per type: behind `node`, `nodes` and `search`.
 * The type comes from the closed table {@link NodeType}: a name that is not there loads nothing.
 */
@ApplicationScoped
public class NodeLoader {

    /** The nodes of one type with these row keys, by key; none for a name that is not a node type. */
    public Uni<Map<Long, Node>> load(String type, Collection<Long> rowIds) {
        Optional<NodeType> nodeType = NodeType.named(type);
        if (rowIds.isEmpty() || nodeType.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Repository.of(nodeType.get().entity()).byIds(rowIds).map(rows -> {
            Map<Long, Node> byId = new HashMap<>();
            rows.forEach((id, row) -> byId.put(id, (Node) row));
            return byId;
        });
    }
}
