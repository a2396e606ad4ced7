package org.maquis.archive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.ExecutionService;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** What the engine that executes requests is given at start: its instrumentation, its schema's field visibility and its resolvers' fetchers. */
@QuarkusTest
class ExecutionHooksTest {

    @Inject
    ExecutionService execution;

    @Test
    void theSchemaChecksNoFieldAgainstAPattern() throws ReflectiveOperationException {
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, schema().getCodeRegistry().getFieldVisibility());
    }

    @Test
    void readingResolversAreCalledAsTheyAreAndMutationsKeepQuarkusFetchers() throws ReflectiveOperationException {
        assertInstanceOf(ReadResolvers.Resolver.class, fetcher("Faction", "members"), "a @Source connection");
        assertInstanceOf(ReadResolvers.Resolver.class, fetcher("Faction", "headquarters"), "a @Source to-one");
        assertInstanceOf(ReadResolvers.Resolver.class, fetcher("Query", "faction"), "a root query (Uni)");
        assertInstanceOf(PlainFields.GetterValue.class, fetcher("Faction", "name"), "a plain field (Panache gives it a getter)");
        assertTrue(((PlainFields.GetterValue) fetcher("Faction", "name")).direct(), "called through a function made for it");
        String mutation = schema().getMutationType().getFieldDefinitions().get(0).getName();
        DataFetcher<?> fetcher = fetcher("Mutation", mutation);
        assertFalse(fetcher instanceof ReadResolvers.Resolver, mutation + " is fetched by " + fetcher.getClass());
        assertEquals("io.quarkus.smallrye.graphql.runtime.spi.datafetcher", fetcher.getClass().getPackageName());
    }

    /** The engine calls the hooks themselves, not through a chain of one, and runs the schema given at start. */
    @Test
    void theEngineCallsTheHooksThemselves() throws ReflectiveOperationException {
        Field engine = ExecutionService.class.getDeclaredField("graphQL");
        engine.setAccessible(true);
        GraphQL graphQL = (GraphQL) engine.get(execution);
        assertInstanceOf(ExecutionHooks.class, graphQL.getInstrumentation());
        assertSame(graphQL.getInstrumentation(), graphQL.getPreparsedDocumentProvider(), "the hooks parse documents too");
        assertSame(schema(), graphQL.getGraphQLSchema());
    }

    private DataFetcher<?> fetcher(String type, String field) throws ReflectiveOperationException {
        GraphQLSchema schema = schema();
        GraphQLObjectType parent = schema.getObjectType(type);
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field),
                parent.getFieldDefinition(field));
    }

    private GraphQLSchema schema() throws ReflectiveOperationException {
        Field schema = ExecutionService.class.getDeclaredField("graphQLSchema");
        schema.setAccessible(true);
        return (GraphQLSchema) schema.get(execution);
    }
}
