package org.maquis.archive.graph;

import graphql.schema.GraphQLSchema;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Loads nodes of any type by their row keys, one statement per type: behind `node`, `nodes` and `search`. */
@ApplicationScoped
public class NodeLoader {

    private final Instance<GraphQLSchema> schema;

    public NodeLoader(Instance<GraphQLSchema> schema) {
        this.schema = schema;
    }

    /** The nodes of one type with these row keys, by key; none for a type the schema does not serve. */
    public Uni<Map<Long, Node>> load(String type, Collection<Long> rowIds) {
        if (rowIds.isEmpty() || !(schema.get().getType(type) instanceof graphql.schema.GraphQLObjectType)) {
            return Uni.createFrom().item(Map.of());
        }
        return Reads.inOwnSession(() -> Panache.getSession().chain(session -> session
                .createSelectionQuery("from " + type + " where rowId in :ids", Row.class)
                .setParameter("ids", rowIds).getResultList()))
                .map(rows -> {
                    Map<Long, Node> byId = new HashMap<>();
                    rows.forEach(row -> byId.put(row.rowId, (Node) row));
                    return Collections.unmodifiableMap(byId);
                });
    }
}
