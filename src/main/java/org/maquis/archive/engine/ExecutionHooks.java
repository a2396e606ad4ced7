package org.maquis.archive.engine;

import org.maquis.archive.errors.ExecutionErrors;
import org.maquis.archive.http.DocumentCache;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.validation.ValidationError;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.graphql.cdi.producer.GraphQLProducer;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.QueryCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoaderRegistry;
import org.eclipse.microprofile.config.ConfigProvider;
import org.maquis.archive.ops.GraphQLOutcome;
import org.maquis.archive.ops.RequestIds;

/**
 * Hooks into SmallRye GraphQL's execution (2.17), installed at start in the one place SmallRye lets them in: the
 * slot of its {@link QueryCache}. SmallRye's ExecutionService uses that object three ways: as graphql-java's
 * {@code PreparsedDocumentProvider}, as an instrumentation in its chain, and to find each request's operation types
 * (its DocumentSupplier). The field is private and final, with no configuration, SPI or CDI hook to replace it, so it
 * is replaced by reflection, once, before the first request builds the GraphQL engine; a SmallRye upgrade that
 * renames it fails the start, not a request.
 * <ul>
 * <li>Documents: every lookup goes to {@link DocumentCache}, which {@link org.maquis.archive.http.RequestCheck} fills before SmallRye runs,
 * so each distinct document is parsed and validated once for the check and the execution together. SmallRye's own
 * cache (which parsed and validated a new document three times before keeping it) is out of the way.</li>
 * <li>DataLoaders: SmallRye gives an execution a DataLoaderRegistry only while some field is batched the
 * {@code @Source List} way; without one graphql-java dispatches nothing. Every execution gets an empty registry
 * (a map, no loaders), which {@link Loaders} fills on first use.</li>
 * <li>Errors: an argument SmallRye could not convert is answered in the API's words ({@link ExecutionErrors}).</li>
 * <li>Outcome: the operation that runs and the errors of its answer go to the request's {@link GraphQLOutcome},
 * for metrics and logs.</li>
 * <li>Field visibility: SmallRye's, when none is configured, checks every field of every answer against a pattern
 * that blocks nothing; the schema gets graphql-java's plain visibility instead ({@link #blocksNothing}).</li>
 * </ul>
 */
public class ExecutionHooks extends QueryCache {

    private final DocumentCache documents;

    ExecutionHooks(DocumentCache documents) {
        this.documents = documents;
    }

    /**
     * A valid document from the shared cache. For a document with errors, the caller's own function answers, so
     * that graphql-java reports its errors as always and SmallRye's DocumentSupplier still sees a parsed document.
     */
    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
            Function<ExecutionInput, PreparsedDocumentEntry> computeFunction) {
        PreparsedDocumentEntry entry = documents.validated(executionInput);
        return CompletableFuture.completedFuture(entry.hasErrors() ? computeFunction.apply(executionInput) : entry);
    }

    /** SmallRye's QueryCache fills itself from here; nothing to do. */
    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput executionInput,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (executionInput.getDataLoaderRegistry() == EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY) {
            return executionInput.transform(builder -> builder.dataLoaderRegistry(new DataLoaderRegistry()));
        }
        return executionInput;
    }

    /**
     * Keeps the request's outcome where the operation's start and its result find it, and its request id (this runs
     * on the request's context, the result maybe on a read's).
     */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        GraphQLOutcome outcome = GraphQLOutcome.current();
        if (outcome != null) {
            parameters.getGraphQLContext().put(GraphQLOutcome.class, outcome);
        }
        String requestId = RequestIds.current();
        if (requestId != null) {
            parameters.getGraphQLContext().put(RequestIds.MDC_KEY, requestId);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** The answer's errors in the API's words ({@link ExecutionErrors}), which the request's outcome gets. */
    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        List<GraphQLError> errors = ExecutionErrors.inApiWords(result.getErrors(),
                parameters.getGraphQLContext().get(RequestIds.MDC_KEY));
        GraphQLOutcome outcome = parameters.getGraphQLContext().get(GraphQLOutcome.class);
        if (outcome != null) {
            outcome.answered(errors);
        }
        return CompletableFuture.completedFuture(errors == result.getErrors() ? result
                : result.transform(builder -> builder.errors(errors)));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        GraphQLOutcome outcome = parameters.getExecutionContext().getGraphQLContext().get(GraphQLOutcome.class);
        if (outcome != null) {
            outcome.executing(parameters.getExecutionContext().getOperationDefinition().getName());
        }
        return SimpleInstrumentationContext.noOp();
    }

    /**
     * Whether the schema's field visibility is the one SmallRye 2.17 builds when none is configured: for its default
     * setting, {@code default}, it installs graphql-java's BlockedFields with the one pattern {@code default}, which
     * blocks no field (a pattern matches a whole {@code Type.field}) yet writes out the field's qualified name and
     * runs a regular expression over it for every field of every answer.
     */
    static boolean blocksNothing(GraphQLSchema schema) {
        String configured = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class).orElse("default");
        return configured.equals("default") && schema.getCodeRegistry().getFieldVisibility() instanceof BlockedFields;
    }

    /**
     * The engine of {@code execution}, built now, that calls the hooks themselves where SmallRye chains its
     * instrumentations ({@link ChainedInstrumentation}) even when the chain holds the hooks alone (no query complexity
     * or depth limit, no federation tracing is configured): the chain's bookkeeping (a list of contexts and a call
     * per link) ran for every field of every answer, a thirtieth of the CPU of three levels of lists. With more than the
     * hooks in the chain, the chain stays.
     */
    static GraphQL unchained(ExecutionService execution) throws ReflectiveOperationException {
        Method build = ExecutionService.class.getDeclaredMethod("getGraphQL");
        build.setAccessible(true);
        GraphQL graphQL = (GraphQL) build.invoke(execution);
        if (graphQL.getInstrumentation() instanceof ChainedInstrumentation chain && chain.getInstrumentations().size() == 1
                && chain.getInstrumentations().get(0) instanceof ExecutionHooks hooks) {
            return graphQL.transform(builder -> builder.instrumentation(hooks));
        }
        return graphQL;
    }

    /**
     * Puts {@link TextAnswers} in place of SmallRye's ExecutionService at start and the hooks into it, and gives its schema graphql-java's plain field
     * visibility where SmallRye's blocks nothing ({@link #blocksNothing}).
     */
    @ApplicationScoped
    static class Installer {

        void install(@Observes StartupEvent start, GraphQLProducer producer, DocumentCache documents) {
            try {
                // First the service whose answers are written as text, then the hooks, into it.
                ExecutionService execution = TextAnswers.install(producer);
                Field engine = ExecutionService.class.getDeclaredField("graphQL");
                engine.setAccessible(true);
                if (engine.get(execution) != null) {
                    // Built already with SmallRye's cache: let the first request build it again with ours.
                    engine.set(execution, null);
                }
                Field cache = ExecutionService.class.getDeclaredField("queryCache");
                cache.setAccessible(true);
                cache.set(execution, new ExecutionHooks(documents));
                Field schema = ExecutionService.class.getDeclaredField("graphQLSchema");
                schema.setAccessible(true);
                GraphQLSchema built = (GraphQLSchema) schema.get(execution);
                if (built != null && blocksNothing(built)) {
                    schema.set(execution, built.transform(b -> b.codeRegistry(built.getCodeRegistry()
                            .transform(c -> c.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY)))));
                }
                engine.set(execution, unchained(execution));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("Cannot install the execution hooks into SmallRye GraphQL's"
                        + " ExecutionService (has SmallRye changed?)", e);
            }
        }
    }
}
