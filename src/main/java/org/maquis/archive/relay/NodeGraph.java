package org.maquis.archive.relay;

import org.maquis.archive.data.NodeLoader;
import org.maquis.archive.engine.Loaders;
import org.maquis.archive.errors.BadUserInput;
import org.maquis.archive.errors.NotFound;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** `node` and `nodes`: any global id back to its thing, whatever its type. */
@GraphQLApi
public class NodeGraph {

    private final NodeLoader loader;

    public NodeGraph(NodeLoader loader) {
        this.loader = loader;
    }

    @Query
    @Description("The thing with this global id, or null with a NOT_FOUND error when nothing has it.")
    public Uni<Node> node(@NonNull @Id @Description("A global id, as read from any `id` field.") String id) {
        GlobalId global = GlobalId.decode(id);
        return loader.load(global.type(), List.of(global.rowId()), Loaders.selected()).map(found -> {
            Node node = found.get(global.rowId());
            if (node == null) {
                throw new NotFound("Nothing has the id `" + id + "`.");
            }
            return node;
        });
    }

    // `@Id` on a list needs IdListArguments, or SmallRye takes java.util.List for the ids' Java class.
    @Query
    @NonNull
    @Description("The things with these global ids, in the same order; null for each id that names nothing, "
            + "with one error listing those ids.")
    public Uni<List<Node>> nodes(@NonNull @Id @Description("Global ids, as read from any `id` field.") List<@NonNull String> ids) {
        Map<String, List<Long>> byType = new LinkedHashMap<>();
        List<GlobalId> decoded = new ArrayList<>();
        for (String id : ids) {
            GlobalId global = decodeOrNull(id);
            decoded.add(global);
            if (global != null) {
                byType.computeIfAbsent(global.type(), t -> new ArrayList<>()).add(global.rowId());
            }
        }
        Set<String> fields = Loaders.selected();
        List<Uni<Map<Long, Node>>> loads = byType.entrySet().stream().map(e -> loader.load(e.getKey(), e.getValue(), fields))
                .toList();
        Uni<List<Map<Long, Node>>> all = loads.isEmpty() ? Uni.createFrom().item(List.of())
                : Uni.join().all(loads).andFailFast();
        return all.chain(maps -> {
            Map<String, Map<Long, Node>> found = new HashMap<>();
            List<String> types = new ArrayList<>(byType.keySet());
            for (int i = 0; i < types.size(); i++) {
                found.put(types.get(i), maps.get(i));
            }
            List<Node> result = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                GlobalId global = decoded.get(i);
                Node node = global == null ? null : found.get(global.type()).get(global.rowId());
                result.add(node);
                if (node == null) {
                    missing.add(ids.get(i));
                }
            }
            return missing.isEmpty() ? Uni.createFrom().item(result)
                    : Uni.createFrom().<List<Node>>failure(new PartialNodes(missing, result));
        });
    }

    private static GlobalId decodeOrNull(String id) {
        try {
            return GlobalId.decode(id);
        } catch (BadUserInput e) {
            return null;
        }
    }

    /** `nodes` answers what it found and one NOT_FOUND error naming the ids it could not resolve. */
    @io.smallrye.graphql.api.ErrorCode("NOT_FOUND")
    static class PartialNodes extends GraphQLException {
        PartialNodes(List<String> missing, List<Node> found) {
            super("No node has the id(s) " + String.join(", ", missing) + ".", found);
        }
    }
}
