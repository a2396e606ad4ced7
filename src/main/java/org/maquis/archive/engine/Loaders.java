package org.maquis.archive.engine;

import org.maquis.archive.errors.ArchiveError;
import org.maquis.archive.errors.InternalFailure;

import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.stats.NoOpStatisticsCollector;

/**
 * Batch loading for a plain (not batched) SmallRye resolver, through a graphql-java DataLoader that exists only
 * once a query uses the field in the current request. SmallRye's own batching ({@code @Source List<...>}) builds one
 * DataLoader per batched field on every request, by reflection, whether the query selects the field or not; here a
 * resolver takes one parent and asks for its value by key:
 *
 * <pre>{@code
 * public CompletionStage<Place> headquarters(@Source Faction faction) {
 *     return Loaders.load("Place", faction.headquartersId,
 *             (List<Long> ids) -> Repository.of(Place.class).byIds(ids).map(found -> ids.stream().map(found::get).toList()));
 * }
 * }</pre>
 * which is what {@link org.maquis.archive.data.Repository#load} and {@link org.maquis.archive.data.Relation} do for every field of the archive.
 *
 * <p>graphql-java (24.x, {@code PerLevelDataLoaderDispatchStrategy}) calls {@code dispatchAll()} on the request's
 * registry once every field of a level has been fetched, so the batch function runs once per level with the keys of
 * every parent at that level, also for loaders created during that level. The rules that follow from it:
 * <ul>
 * <li>Call {@code Loaders} synchronously in the resolver's body, before any asynchronous step: the field's
 * environment is read from a thread-local ({@link ReadResolvers}' for a reading resolver, else SmallRye's context),
 * which is only this field's while its resolver is being called, and a key must be queued before graphql-java
 * counts the field as fetched. A load queued later (after
 * an await, from a {@code @Blocking} resolver on a worker thread, or from inside a batch function) is never
 * dispatched and the request would hang; such calls are refused where they can be detected.</li>
 * <li>The loader's name is the identity of its batch function within a request: the first call's function serves
 * every call with that name. A function that captures arguments or the selection (such as {@code first}, or whether
 * {@code totalCount} is selected) needs a name that includes them: {@link #name(String, Object...)}.</li>
 * <li>The batch function gets the distinct keys of a level (never null: a null key answers null without a load) and
 * answers one value per key, in the keys' order. It runs on the Vert.x event loop where the level completed; it
 * should read through {@link org.maquis.archive.data.Reads} (as {@link org.maquis.archive.data.Repository} and {@link org.maquis.archive.data.Relation} do), and a failure that is not an
 * {@link ArchiveError} becomes an {@link InternalFailure}, as in {@link org.maquis.archive.data.Reads}: an {@link ArchiveError} reaches the
 * client with its own {@code extensions.code}.</li>
 * </ul>
 * The request's registry exists even when no field of the schema is batched the SmallRye way:
 * {@link ExecutionHooks} gives every execution one.
 */
public final class Loaders {

    /** No per-loader statistics: nothing reads them, and each load would count into atomics. */
    private static final DataLoaderOptions OPTIONS = DataLoaderOptions.newOptions()
            .setStatisticsCollector(NoOpStatisticsCollector::new).build();

    private static final AtomicLong CREATED = new AtomicLong();

    private Loaders() {
    }

    /**
     * The value for {@code key}, loaded in one batch with the keys of every other parent that asks the loader
     * {@code loaderName} at the same level of the query; null for a null key. The load is queued now,
     * in the resolver's body.
     */
    public static <K, V> CompletionStage<V> load(String loaderName, K key,
            Function<List<K>, Uni<List<V>>> batch) {
        DataLoaderRegistry registry = registry(environment());
        if (key == null) {
            return CompletableFuture.completedFuture(null);
        }
        return load(registry, loaderName, key, batch);
    }

    /**
     * The environment graphql-java gave the field being resolved: its arguments, its selection (say
     * {@link #selects}), its path. Only valid synchronously in the
     * resolver's body.
     */
    public static DataFetchingEnvironment environment() {
        if (!io.vertx.core.Context.isOnEventLoopThread()) {
            throw new IllegalStateException("Loaders must be called from a non-blocking resolver, on the event loop,"
                    + " synchronously in its body: a load queued elsewhere would never be dispatched");
        }
        DataFetchingEnvironment environment = ReadResolvers.resolving();
        if (environment == null) {
            SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
            environment = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
        }
        if (environment == null) {
            throw new IllegalStateException("No field is being resolved on this thread: call Loaders synchronously"
                    + " in a resolver's body, before any asynchronous step");
        }
        return environment;
    }

    /**
     * Whether the field being resolved selects the subfield at this path of field names, such as {@code totalCount}
     * or {@code nodes/person} (see {@link Selection}: a field under {@code @skip} counts as selected).
     */
    public static boolean selects(String path) {
        return Selection.of(environment()).has(path);
    }

    /**
     * The names of the fields that the field being resolved selects at these paths ({@code nodes}, {@code edges/node};
     * none: its own subfields), through its fragments on every type: what a read of its rows needs to read.
     */
    public static Set<String> selected(String... paths) {
        Selection selection = Selection.of(environment());
        if (paths.length == 0) {
            return selection.names();
        }
        Set<String> names = new HashSet<>();
        for (String path : paths) {
            names.addAll(selection.names(path));
        }
        return names;
    }

    /**
     * A loader name for a batch function that depends on more than the field: {@code name("Faction.members", first,
     * after, selects("totalCount"))} gives {@code Faction.members(10,null,true)}.
     */
    public static String name(String field, Object... captured) {
        return Arrays.stream(captured).map(String::valueOf).collect(Collectors.joining(",", field + "(", ")"));
    }

    /** How many loaders this JVM has created (one per loader name per request that used it): for tests. */
    public static long created() {
        return CREATED.get();
    }

    /** The core, with the registry given: queues {@code key} on the loader of that name, creating it if needed. */
    public static <K, V> CompletableFuture<V> load(DataLoaderRegistry registry, String loaderName, K key,
            Function<List<K>, Uni<List<V>>> batch) {
        DataLoader<K, V> loader = loader(registry, loaderName, batch);
        CompletableFuture<V> loaded = loader.load(key);
        if (loaded.isDone() && !loaded.isCompletedExceptionally()) {
            return loaded; // primed or read earlier in the request: nothing to wait for, nothing to unwrap
        }
        // The DataLoader fails every key of a failed batch with the batch's own exception; hand that on bare, not
        // in a CompletionException, so that SmallRye finds the ArchiveError's code.
        CompletableFuture<V> value = new CompletableFuture<>();
        loaded.whenComplete((v, e) -> {
            if (e == null) {
                value.complete(v);
            } else {
                value.completeExceptionally(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
            }
        });
        return value;
    }

    /**
     * Gives the loader {@code loaderName} the value of {@code key}, read by another statement, so that a load of the
     * key in this request answers it at once (a value it holds already is kept). Safe from a batch function: it
     * queues nothing.
     */
    public static <K, V> void prime(DataLoaderRegistry registry, String loaderName, K key, V value,
            Function<List<K>, Uni<List<V>>> batch) {
        Loaders.<K, V>loader(registry, loaderName, batch).prime(key, value);
    }

    private static <K, V> DataLoader<K, V> loader(DataLoaderRegistry registry, String loaderName,
            Function<List<K>, Uni<List<V>>> batch) {
        return registry.computeIfAbsent(loaderName, name -> {
            CREATED.incrementAndGet();
            return DataLoaderFactory.newDataLoader(name, batchLoader(batch), OPTIONS);
        });
    }

    static <K, V> BatchLoader<K, V> batchLoader(Function<List<K>, Uni<List<V>>> batch) {
        return keys -> {
            List<K> copy = new ArrayList<>(keys);
            Uni<List<V>> values;
            try {
                values = batch.apply(copy);
            } catch (RuntimeException e) {
                values = Uni.createFrom().failure(e);
            }
            return values.map(list -> {
                if (list == null || list.size() != copy.size()) {
                    throw new IllegalStateException("A batch function answered " + (list == null ? "null" : list.size()
                            + " values") + " for " + copy.size() + " keys");
                }
                return list;
            }).onFailure(e -> !(e instanceof ArchiveError)).transform(Loaders::internal)
                    .subscribeAsCompletionStage();
        };
    }

    private static Throwable internal(Throwable e) {
        if (e instanceof CompletionException && e.getCause() instanceof ArchiveError archive) {
            return archive;
        }
        return InternalFailure.ofRead(e, "Batch load");
    }

    public static DataLoaderRegistry registry(DataFetchingEnvironment environment) {
        DataLoaderRegistry registry = environment.getDataLoaderRegistry();
        if (registry == null || registry == EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY) {
            throw new IllegalStateException("This execution has no DataLoaderRegistry: ExecutionHooks is not installed");
        }
        return registry;
    }
}
