package org.maquis.archive.engine;

import org.maquis.archive.errors.BadUserInput;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.ErrorResultHelper;
import io.smallrye.graphql.execution.datafetcher.helper.OperationInvoker;
import io.smallrye.graphql.schema.model.Execute;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.spi.LookupService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import io.smallrye.mutiny.Uni;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.dataloader.BatchLoaderEnvironment;

/**
 * Calls a resolver that reads (a root query, or a {@code @Source} method such as
 * {@code members(@Source Faction faction, first, after, last, before)}) with nothing around the call but the
 * conversion of its arguments ({@link PlainArguments} where each is plain, else SmallRye's), and hands graphql-java
 * the stage it answers ({@code CompletionStage} or {@code Uni}).
 *
 * <p>Quarkus' own fetchers for these (SmallRye GraphQL 2.17, Quarkus 3.34) build the request's context anew for each
 * value they resolve (they clone the context and write the field's selection out as JSON twice), activate the CDI
 * request context, feed a metrics queue and wrap the stage in a Mutiny pipeline: a sixth of the CPU of a nested
 * query, for every person of every page. No reading resolver of the archive reads that context or a request-scoped
 * bean; {@link Loaders#environment()} finds the field's environment here. A failed stage reaches graphql-java's
 * exception handler, which is SmallRye's, so errors keep their codes and messages; a MicroProfile
 * {@code GraphQLException} gives its partial results, as with SmallRye's fetchers.
 *
 * <p>Mutations keep Quarkus' fetchers (they need the request context for the caller's token), and so does a resolver
 * that runs blocking, takes SmallRye's {@code Context}, is batched ({@code @Source List}), or answers a value SmallRye
 * would change on its way out (a formatted or adapted scalar, a map, an array, an {@code Optional}).
 *
 * <p>SmallRye's SPI for fetchers, registered in META-INF/services; it asks the services in the order of their
 * priorities, so this one comes before Quarkus' (priority 1).
 */
public class ReadResolvers implements DataFetcherService {

    private static final ThreadLocal<DataFetchingEnvironment> RESOLVING = new ThreadLocal<>();

    private static final ErrorResultHelper ERRORS = new ErrorResultHelper();

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher<?, ?> getCompletionStageDataFetcher(Operation operation, Type type) {
        return resolver(operation, false);
    }

    @Override
    public PlugableBatchableDataFetcher<?, ?> getUniDataFetcher(Operation operation, Type type) {
        return resolver(operation, true);
    }

    private static Resolver resolver(Operation operation, boolean uni) {
        if (!callsAsIs(operation)) {
            return null;
        }
        Resolver resolver = new Resolver(operation, uni);
        return Arrays.asList(resolver.method.getParameterTypes()).contains(Context.class) ? null : resolver;
    }

    private static final Set<String> READ_PLAINLY = ConcurrentHashMap.newKeySet();

    private static volatile Boolean checkPlainArguments;

    /** The fields whose resolvers take their arguments through {@link PlainArguments}: for tests. */
    static Set<String> readPlainly() {
        return Set.copyOf(READ_PLAINLY);
    }

    /** Whether each call's {@link PlainArguments} are checked against SmallRye's reading of them (in tests). */
    private static boolean checkPlainArguments() {
        if (checkPlainArguments == null) {
            checkPlainArguments = ConfigProvider.getConfig().getOptionalValue("maquis.graphql.check-plain-arguments",
                    Boolean.class).orElse(false);
        }
        return checkPlainArguments;
    }

    /** The environment of the field whose resolver this thread is calling, or null. */
    static DataFetchingEnvironment resolving() {
        return RESOLVING.get();
    }

    private static boolean callsAsIs(Operation operation) {
        boolean read = operation.isSourceField() || operation.getOperationType() == OperationType.QUERY;
        if (!read || operation.getExecute() == Execute.BLOCKING
                || operation.getExecute() == Execute.RUN_ON_VIRTUAL_THREAD) {
            return false;
        }
        if (operation.getArguments().stream().anyMatch(a -> a.isSourceArgument() && a.hasWrapper())) {
            return false; // a batched field (@Source List<...>): SmallRye's DataLoader calls it
        }
        return PlainFields.handsOnAsIs(operation, operation.getWrapper().getWrapper());
    }

    /** One resolver: its method, its bean (the archive's {@code @GraphQLApi} classes keep no state) and its arguments. */
    static final class Resolver implements PlugableBatchableDataFetcher<Object, Object> {

        private final Operation operation;
        private final Method method;
        private final ArgumentHelper arguments;
        private final PlainArguments plain;
        private final boolean uni;
        private volatile Object bean;

        Resolver(Operation operation, boolean uni) {
            this.operation = operation;
            this.uni = uni;
            this.method = new OperationInvoker(operation).getMethod();
            this.method.setAccessible(true); // checked once, not on every call (as PlainFields' getters)
            this.arguments = new ArgumentHelper(operation.getArguments());
            this.plain = PlainArguments.of(method, operation.getArguments());
            if (plain != null) {
                READ_PLAINLY.add(operation.getName());
            }
        }

        /**
         * The resolver's value: the value itself when its stage has already completed (a row a join or an earlier
         * statement of the request read, a to-one primed in its loader), so that graphql-java completes the field at
         * once, without the futures of its asynchronous path (graphql-java 22+ takes a value that is not a
         * {@code CompletableFuture} as fetched); else the stage.
         */
        @Override
        @SuppressWarnings("unchecked")
        public Object get(DataFetchingEnvironment environment) {
            DataFetchingEnvironment outer = RESOLVING.get();
            RESOLVING.set(environment);
            CompletionStage<Object> stage;
            try {
                Object[] values = plain == null ? arguments.getArguments(environment).toArray() : plain.values(environment);
                if (plain != null && checkPlainArguments()) {
                    check(values, arguments.getArguments(environment));
                }
                Object answer = method.invoke(bean(), values);
                stage = answer == null ? CompletableFuture.completedFuture(null)
                        : uni ? ((Uni<Object>) answer).subscribeAsCompletionStage() : (CompletionStage<Object>) answer;
            } catch (InvocationTargetException e) {
                stage = CompletableFuture.failedFuture(e.getCause());
            } catch (AbstractDataFetcherException e) {
                // SmallRye could not convert an argument (its message names Java types): as ExecutionErrors words it.
                stage = CompletableFuture.failedFuture(new BadUserInput("An argument of `" + operation.getName()
                        + "` holds a value that its type does not take."));
            } catch (Exception e) {
                stage = CompletableFuture.failedFuture(e);
            } finally {
                RESOLVING.set(outer);
            }
            if (stage instanceof CompletableFuture<Object> done && done.isDone() && !done.isCompletedExceptionally()) {
                return done.join();
            }
            return stage.exceptionally(failure -> partial(environment, failure));
        }

        /**
         * A MicroProfile {@code GraphQLException} answers its partial results with its error, as SmallRye's fetchers
         * have it (`nodes` does); any other failure goes on to graphql-java's exception handler.
         */
        private static Object partial(DataFetchingEnvironment environment, Throwable failure) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof GraphQLException graphQLException) {
                DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult();
                ERRORS.appendPartialResult(result, environment, graphQLException);
                return result.build();
            }
            throw cause instanceof CompletionException completion ? completion : new CompletionException(cause);
        }

        /** In tests (maquis.graphql.check-plain-arguments): the plain arguments are the ones SmallRye would give. */
        private void check(Object[] values, List<Object> smallRye) {
            for (int i = 0; i < values.length; i++) {
                if (!PlainArguments.same(values[i], smallRye.get(i))) {
                    throw new IllegalStateException(operation.getName() + ": argument " + operation.getArguments().get(i).getName()
                            + " read as " + values[i] + ", SmallRye reads " + smallRye.get(i));
                }
            }
        }

        private Object bean() {
            Object found = bean;
            if (found == null) {
                Class<?> holder = ClassloadingService.get().loadClass(operation.getClassName());
                bean = found = LookupService.get().getInstance(holder).get();
            }
            return found;
        }

        @Override
        public CompletionStage<List<Object>> load(List<Object> keys, BatchLoaderEnvironment environment) {
            throw new UnsupportedOperationException(operation.getName() + " is not batched");
        }
    }
}
