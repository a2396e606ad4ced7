package org.maquis.archive.graph;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

/**
 * Batching that costs only for the fields a query selects: a DataLoader is made on a field's first use in a
 * request, not for every batched field on every request as SmallRye's {@code @Source List<...>} resolvers
 * do (which, by reflection, took 45% of the CPU of a request that reads nothing). graphql-java dispatches
 * the loaders of a level together, so a level still costs one statement per loader.
 */
public final class Loaders {

    private Loaders() {
    }

    /**
     * Loads {@code key} through the request's loader named {@code name}, made on first use with {@code batch}:
     * the batch gets every key of one level and answers one value per key, in the keys' order.
     */
    public static <K, V> CompletionStage<V> load(String name, K key, Function<List<K>, Uni<List<V>>> batch) {
        DataLoader<K, V> loader = environment().getDataLoaderRegistry().computeIfAbsent(name,
                ignored -> DataLoaderFactory.<K, V>newDataLoader(keys -> batch.apply(keys).subscribeAsCompletionStage()));
        return loader.load(key);
    }

    /** Whether the field being resolved selects {@code field} (through fragments too). */
    public static boolean selects(String field) {
        return environment().getSelectionSet().contains(field);
    }

    private static DataFetchingEnvironment environment() {
        return SmallRyeContextManager.getCurrentSmallRyeContext().unwrap(DataFetchingEnvironment.class);
    }
}
