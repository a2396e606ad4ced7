package org.maquis.archive.data;

import io.quarkus.arc.Arc;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.relay.Node;

/**
 * The closed table of node types: the GraphQL type name a global id carries, the entity and its table.
 * A type name read from a client's id is looked up here and never pasted into a query; a name that is not
 * here (`PageInfo`, anything) names no node.
 *
 * <p>The table is discovered, not listed: every entity Hibernate maps that implements {@link Node} is a node type,
 * stored in the table its {@code @Table} names. A new type joins it by being an entity and a node.
 */
public final class NodeType {

    private final Class<? extends Row> entity;
    private final String table;

    private NodeType(Class<? extends Row> entity) {
        this.entity = entity;
        Table annotation = entity.getAnnotation(Table.class);
        if (annotation == null || annotation.name().isEmpty()) {
            throw new IllegalStateException(entity.getName() + " is a node but names no table (@Table(name = ...))");
        }
        this.table = annotation.name();
    }

    /** Every node type, by GraphQL name. */
    public static List<NodeType> all() {
        return Discovered.ALL;
    }

    /** The node type a global id names, if any. */
    public static Optional<NodeType> named(String graphQlName) {
        return Optional.ofNullable(Discovered.BY_NAME.get(graphQlName));
    }

    /** The node type stored in {@code table}, if any. */
    public static Optional<NodeType> forTable(String table) {
        return Optional.ofNullable(Discovered.BY_TABLE.get(table));
    }

    public static NodeType of(Class<?> entity) {
        NodeType type = Discovered.BY_ENTITY.get(entity);
        if (type == null) {
            throw new IllegalArgumentException(entity.getSimpleName() + " is not a node type");
        }
        return type;
    }

    public String graphQlName() {
        return entity.getSimpleName();
    }

    public Class<? extends Row> entity() {
        return entity;
    }

    public String table() {
        return table;
    }

    /** The name of the entity's result set mapping for a page: the entity, its parent's key and its cursor. */
    String pageMapping() {
        return entity.getSimpleName() + ".page";
    }

    @Override
    public String toString() {
        return graphQlName();
    }

    /** The table, read from Hibernate's metamodel once, when a node type is first asked for. */
    private static final class Discovered {

        static final List<NodeType> ALL = discover();
        static final Map<String, NodeType> BY_NAME = index(NodeType::graphQlName);
        static final Map<String, NodeType> BY_TABLE = index(NodeType::table);
        static final Map<Class<?>, NodeType> BY_ENTITY = index(NodeType::entity);

        @SuppressWarnings("unchecked")
        private static List<NodeType> discover() {
            return Arc.container().instance(Mutiny.SessionFactory.class).get().getMetamodel().getEntities().stream()
                    .map(EntityType::getJavaType)
                    .filter(java -> Node.class.isAssignableFrom(java) && Row.class.isAssignableFrom(java))
                    .map(java -> new NodeType((Class<? extends Row>) java))
                    .sorted(Comparator.comparing(NodeType::graphQlName))
                    .toList();
        }

        private static <K> Map<K, NodeType> index(Function<NodeType, K> key) {
            return ALL.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
        }
    }
}
