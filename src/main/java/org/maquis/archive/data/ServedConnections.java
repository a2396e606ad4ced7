package org.maquis.archive.data;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.maquis.archive.engine.Loaders;
import org.maquis.archive.engine.Selection;
import org.maquis.archive.errors.BadUserInput;

/**
 * The connection fields that serve a declared relation ({@link Relation#serves}), and the root lookups they make
 * cheaper: a parent whose selection is little more than such a connection is read with its page in one statement.
 */
public final class ServedConnections {

    private ServedConnections() {
    }

    /** The relations by the GraphQL field that serves each: {@code Faction.members}. */
    private static final Map<String, Relation<?>> BY_FIELD = new ConcurrentHashMap<>();

    /** Declares that the connection field {@code typeAndField} serves {@code relation}; once. */
    static void declare(String typeAndField, Relation<?> relation) {
        Relation<?> earlier = BY_FIELD.putIfAbsent(typeAndField, relation);
        if (earlier != null && earlier != relation) {
            throw new IllegalStateException(typeAndField + " serves two relations");
        }
    }

    /** The relation that the connection field {@code type.field} serves, if declared with {@link #serves}. */
    static Relation<?> servedBy(String type, String field) {
        return BY_FIELD.get(type + "." + field);
    }

    /** Every field declared with {@link #serves}, as {@code Type.field}. */
    public static Set<String> servingFields() {
        return Set.copyOf(BY_FIELD.keySet());
    }

    /**
     * The row of {@code parent} that {@code condition} finds (over the alias {@code p}, binding {@code :key}), for a
     * root field that selects nothing of it but its `id`, its `__typename` and connections that serve relations: then
     * the row's key and the page of the first of those connections are read in one statement, instead of the row in
     * one and the page in the next, and the page is handed to the request's loader of the relation, where the
     * connection's resolver finds it. The parent answered holds only its key, which is all such a selection reads.
     * Empty when the field selects more of the row, or no such connection, or one whose arguments cannot be served
     * (its resolver then says why): the caller reads the row as usual.
     */
    static <P extends Row> Optional<Uni<P>> parentWithPage(Class<P> parent, String condition, Object key) {
        DataFetchingEnvironment environment = Loaders.environment();
        String type = NodeType.of(parent).graphQlName();
        Relation<?> relation = null;
        Selection connection = null;
        List<Selection> others = new ArrayList<>(); // the relation's other connections (aliases)
        for (Selection field : Selection.of(environment).immediate().values()) {
            String name = field.name();
            if (name.equals("id") || name.equals("__typename")) {
                continue;
            }
            Relation<?> served = servedBy(type, name);
            if (served == null) {
                return Optional.empty(); // the field reads more of the parent's row
            }
            if (relation == null) {
                relation = served;
                connection = field;
            } else if (served == relation) {
                others.add(field);
            }
        }
        if (relation == null) {
            return Optional.empty();
        }
        PageRequest request;
        try {
            request = PageRequest.of(relation.order, connection);
        } catch (BadUserInput e) {
            return Optional.empty();
        }
        return Optional.of(relation.keyWithPage(parent, condition, key, request, connection, others,
                Loaders.registry(environment)));
    }

    /** A parent that holds its key and nothing else: see {@link #parentWithPage}. */
    static <P extends Row> P keyOnly(Class<P> parent, Long key) {
        try {
            P row = parent.getDeclaredConstructor().newInstance();
            row.rowId = key;
            return row;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(parent.getSimpleName() + " has no public constructor without arguments", e);
        }
    }
}
