package org.maquis.archive.http;

import org.maquis.archive.relay.PageLimits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.introspection.IntrospectionQuery;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The measures of {@link OperationMeasure} and the limits of {@link LimitCheck}, on the committed schema, no server. */
class OperationMeasureTest {

    private static final GraphQLSchema SCHEMA = schema();
    private static final PageLimits PAGES = new PageLimits() {
        public int defaultSize() {
            return 20;
        }

        public int maxSize() {
            return 100;
        }
    };
    /** The defaults of {@link RequestLimits}, as a client meets them with no configuration. */
    private static final RequestLimits DEFAULTS = new SmallRyeConfigBuilder().withMapping(RequestLimits.class).build()
            .getConfigMapping(RequestLimits.class);
    private static final LimitCheck LIMITS = new LimitCheck(DEFAULTS, PAGES, () -> SCHEMA);

    @Test
    void threeHundredAliasesOfAPageOfFiftyCostFifteenThousand() {
        String query = Stream.iterate(0, i -> i + 1).limit(300).map(i -> "p" + i + ": people(first: 50) { nodes { name } }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        OperationMeasure.Measures measures = measure(query, Map.of());
        assertEquals(15_000, measures.cost());
        assertEquals(300, measures.aliases());
        assertEquals(300, measures.rootFields());
    }

    @Test
    void whatIsSelectedBelowAListCountsOncePerItem() {
        assertEquals(10 + 10 * 5, measure("{ people(first: 10) { nodes { spouses(first: 5) { nodes { name } } } } }",
                Map.of()).cost());
        assertEquals(10 + 10 * 5, measure("{ people(first: 10) { edges { node { spouses(last: 5) { edges { node { name } } } } } } }",
                Map.of()).cost());
    }

    @Test
    void pageSizesComeFromVariablesOrTheDefaultAndStopAtTheMaximum() {
        String query = "query($n: Int) { people(first: $n) { nodes { name } } }";
        assertEquals(7, measure(query, Map.of("n", 7)).cost());
        assertEquals(20, measure(query, Map.of()).cost(), "the default page size");
        assertEquals(100, measure("{ people(first: 5000) { nodes { name } } }", Map.of()).cost(),
                "a page over the maximum is refused by the connection itself");
    }

    @Test
    void aCountAloneWeighsOne() {
        assertEquals(1, measure("{ people(first: 100) { totalCount pageInfo { hasNextPage } } }", Map.of()).cost());
    }

    @Test
    void objectsWeighOneAndScalarsAndIntrospectionNothing() {
        assertEquals(2, measure("{ person(slug: \"x\") { name species { name } } }", Map.of()).cost());
        assertEquals(0, measure("{ __typename __schema { types { name fields { name } } } }", Map.of()).cost());
    }

    @Test
    void depthCountsNestedFieldsThroughFragments() {
        OperationMeasure.Measures measures = measure("""
                { person(slug: "x") { ...P } }
                fragment P on Person { spouses { nodes { name } } }""", Map.of());
        assertEquals(4, measures.depth());
        assertEquals(1, measures.rootFields());
    }

    @Test
    void fragmentsSpreadManyTimesAreMeasuredOnce() {
        StringBuilder query = new StringBuilder("{ ...F0 }\n");
        for (int i = 0; i < 40; i++) {
            query.append("fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1)
                    .append(" }\n");
        }
        query.append("fragment F40 on Query { people(first: 1) { nodes { name } } }");
        OperationMeasure.Measures measures = measure(query.toString(), Map.of());
        assertEquals(1L << 40, measures.rootFields());
        assertEquals(1L << 40, measures.cost());
    }

    @Test
    void nodesWeighTheirIds() {
        OperationMeasure.Measures literal = measure("{ nodes(ids: [\"a\", \"b\", \"c\"]) { id } }", Map.of());
        assertEquals(3, literal.mostIds());
        assertEquals(3, literal.cost());
        OperationMeasure.Measures variable = measure("query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                Map.of("ids", List.of("a", "b")));
        assertEquals(2, variable.mostIds());
    }

    @Test
    void tokensAreNamesPunctuatorsAndValuesNotWhitespaceCommasOrComments() {
        assertEquals(11, LimitCheck.tokens("# a comment\n{ person(slug: \"x\") ,, { name } }"));
        assertEquals(3, LimitCheck.tokens("{ a { "), "a document that does not parse counts what it holds");
    }

    @Test
    void everyOperationTheTestsAndTheReadmeRunIsWithinTheDefaultLimits() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> operations;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/graphql"))) {
            operations = files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList();
        }
        assertTrue(operations.size() > 30, "the tests' operations: " + operations.size());
        for (Path file : operations) {
            problems.addAll(problems(file.toString(), Files.readString(file)));
        }
        String readme = Files.readString(Path.of("README.md"));
        String first = readme.substring(readme.indexOf("```graphql") + "```graphql".length());
        problems.addAll(problems("README's first query", first.substring(0, first.indexOf("```"))));
        problems.addAll(problems("GraphiQL's introspection", IntrospectionQuery.INTROSPECTION_QUERY));
        assertEquals(List.of(), problems);
    }

    private static List<String> problems(String name, String query) {
        List<String> found = new ArrayList<>();
        String tooLarge = LIMITS.documentProblem(query);
        if (tooLarge != null) {
            found.add(name + ": " + tooLarge);
        }
        Document document = parsed(query);
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            LIMITS.operationProblems(document, operation, Map.of()).forEach(p -> found.add(name + ": " + p));
        }
        return found;
    }

    private static OperationMeasure.Measures measure(String query, Map<String, Object> variables) {
        Document document = parsed(query);
        return OperationMeasure.of(SCHEMA, document, document.getDefinitionsOfType(OperationDefinition.class).get(0),
                variables, PAGES);
    }

    private static Document parsed(String query) {
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(SCHEMA, ExecutionInput.newExecutionInput(query).build());
        assertTrue(result.getSyntaxException() == null && result.getValidationErrors().isEmpty(),
                () -> "not a valid document: " + result.getErrors() + "\n" + query);
        return result.getDocument();
    }

    private static GraphQLSchema schema() {
        try {
            // The printed schema declares its scalars (quarkus.smallrye-graphql.schema-include-scalars), so it builds alone.
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(
                    new SchemaParser().parse(Files.readString(Path.of("schema.graphql"))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
