package org.maquis.archive.graph;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.QueryCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Field;
import org.dataloader.DataLoaderRegistry;

/**
 * Hooks into SmallRye GraphQL's execution (2.17), installed at start in the one place SmallRye lets them in: the
 * slot of its {@link QueryCache}. SmallRye's ExecutionService uses that object three ways: as graphql-java's
 * {@code PreparsedDocumentProvider}, as an instrumentation in its chain, and to find each request's operation types
 * (its DocumentSupplier). The field is private and final, with no configuration, SPI or CDI hook to replace it, so it
 * is replaced by reflection, once, before the first request builds the GraphQL engine; a SmallRye upgrade that
 * renames it fails the start, not a request.
 * <ul>
 * <li>DataLoaders: SmallRye gives an execution a DataLoaderRegistry only while some field is batched the
 * {@code @Source List} way; without one graphql-java dispatches nothing. Every execution gets an empty registry
 * (a map, no loaders), which {@link Loaders} fills on first use.</li>
 * </ul>
 */
public class ExecutionHooks extends QueryCache {

    ExecutionHooks() {
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput executionInput,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (executionInput.getDataLoaderRegistry() == EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY) {
            return executionInput.transform(builder -> builder.dataLoaderRegistry(new DataLoaderRegistry()));
        }
        return executionInput;
    }

    /** Puts the hooks into SmallRye's ExecutionService at start. */
    @ApplicationScoped
    static class Installer {

        void install(@Observes StartupEvent start, Instance<ExecutionService> service) {
            ExecutionService execution = service.get();
            try {
                Field engine = ExecutionService.class.getDeclaredField("graphQL");
                engine.setAccessible(true);
                if (engine.get(execution) != null) {
                    // Built already with SmallRye's cache: let the first request build it again with ours.
                    engine.set(execution, null);
                }
                Field cache = ExecutionService.class.getDeclaredField("queryCache");
                cache.setAccessible(true);
                cache.set(execution, new ExecutionHooks());
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("Cannot install the execution hooks into SmallRye GraphQL's"
                        + " ExecutionService (has SmallRye changed?)", e);
            }
        }
    }
}
