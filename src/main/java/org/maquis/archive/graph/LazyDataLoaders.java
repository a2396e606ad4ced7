package org.maquis.archive.graph;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import org.dataloader.DataLoaderRegistry;

/**
 * Gives every request an empty DataLoader registry of its own, which {@link Loaders} fills on first use.
 * SmallRye sets a registry only when the schema has batched {@code @Source List<...>} fields, and then fills
 * it with one loader per such field on every request, whatever the query (45% of the CPU of a request that
 * reads nothing); this archive has no such fields. With a real registry, graphql-java dispatches the
 * loaders of each level of a query together.
 *
 * <p>SmallRye's plain eventing SPI, registered in META-INF/services; it keeps SmallRye's own instrumentation
 * (its parsed-document cache among it) and chains this one after it.
 */
public class LazyDataLoaders implements EventingService, Instrumentation {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Instrumentation smallRyes = builder.build().getInstrumentation();
        return builder.instrumentation(new ChainedInstrumentation(List.of(smallRyes, this)));
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return input.transform(request -> request.dataLoaderRegistry(new DataLoaderRegistry()));
    }
}
