package org.maquis.archive.input;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.Scalars;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.vertx.core.json.JsonObject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The boundary's walk of argument values, over a small schema of the archive's shapes, without a server. */
class ArgumentValuesTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            scalar Date
            enum NameOrder { NAME_ASC NAME_DESC }
            input DateInput { earliest: Date latest: Date wording: String! }
            input Filter { name: String fromYear: Int }
            input Create { name: String! ids: [ID!] from: DateInput tags: [[String]] detach: Boolean = false }
            type Query { person(slug: String!): String people(first: Int, filter: Filter, orderBy: NameOrder = NAME_ASC): [String] }
            type Mutation { create(input: Create!): String }
            """), RuntimeWiring.newRuntimeWiring()
            .scalar(GraphQLScalarType.newScalar().name("Date").coercing(Scalars.GraphQLString.getCoercing()).build()).build());

    private static final String DATE = "must be a date written yyyy-mm-dd (a year of more than four digits, or before year 0,"
            + " with its sign: +10000-01-01, -0044-03-15)";

    @Test
    void textThatPostgresqlCannotStoreIsRefusedWhereverItStands() {
        assertEquals(List.of("`slug` holds U+0000 (NUL) at character 2, which the archive cannot store."),
                literals("{ person(slug: \"a\\u0000b\") }"));
        // graphql-java's parser refuses a lone surrogate in the document itself; in the variables it is the boundary's.
        assertEquals(List.of("`$slug` holds an unpaired surrogate (U+D800) at character 2, which the archive cannot store."),
                variables("query($slug: String!) { person(slug: $slug) }", Map.of("slug", "\uD83D\uDE00\uD800")),
                "a paired surrogate is a character, a lone one is not");
        assertEquals(List.of("`input.tags[0][1]` holds U+0000 (NUL) at character 1, which the archive cannot store."),
                literals("mutation { create(input: {name: \"n\", tags: [[\"a\", \"\\u0000\"]]}) }"));
        assertEquals(List.of("`filter.name` holds U+0000 (NUL) at character 1, which the archive cannot store."),
                literals("{ ...F } fragment F on Query { ... on Query { people(filter: {name: \"\\u0000\"}) } }"));
        assertEquals(List.of("`$slug` holds U+0000 (NUL) at character 1, which the archive cannot store."),
                literals("query($slug: String! = \"\\u0000\") { person(slug: $slug) }"), "a variable's default value");
        assertEquals(List.of("`$input.ids[1]` holds an unpaired surrogate (U+DFFF) at character 2, which the archive cannot store."),
                variables("mutation($input: Create!) { create(input: $input) }",
                        Map.of("input", Map.of("name", "n", "ids", List.of("a", "b\uDFFF")))));
        assertEquals(List.of(), literals("{ person(slug: \"marlena-moreau \uD83D\uDE00 ß\") }"));
    }

    @Test
    void aDateIsAnIsoDateOfTheArchivesYears() {
        String create = "mutation($d: Date) { create(input: {name: \"n\", from: {wording: \"w\", earliest: $d}}) }";
        for (String held : List.of("2370-01-31", "-4000-01-01", "+99999-12-31", "0000-01-01", "-0044-03-15")) {
            assertEquals(List.of(), variables(create, Map.of("d", held)), held);
            assertEquals(List.of(), literals(create.replace("($d: Date)", "").replace("$d", "\"" + held + "\"")), held);
        }
        for (String outside : List.of("-4001-12-31", "+100000-01-01", "+5874898-01-01", "+999999999-12-31")) {
            String year = outside.substring(0, outside.indexOf('-', 1)).replace("+", "");
            assertEquals(List.of("`$d` is outside the archive's dates. A year must be from -4000 to 99999, was "
                    + Integer.parseInt(year) + "."), variables(create, Map.of("d", outside)), outside);
        }
        for (String malformed : List.of("2370-13-01", "2370-02-30", "99999-12-31", "+2370-01-01", "2370-1-1", " 2370-01-01",
                "2370-01-01T00:00", "", "tomorrow")) {
            assertEquals(List.of("`$d` " + DATE + "."), variables(create, Map.of("d", malformed)), malformed);
        }
        assertEquals(List.of("`input.from.earliest` " + DATE + "."), literals(
                "mutation { create(input: {name: \"x\", from: {wording: \"x\", earliest: \"2370-13-01\"}}) }"), "finding 3");
        assertEquals(List.of("`$d` " + DATE + ", was a number."), variables(create, Map.of("d", 2370)));
    }

    @Test
    void anIntIsAnIntegerOf32Bits() {
        assertEquals(List.of(), literals("{ people(first: 2147483647, filter: {fromYear: -2147483648}) }"));
        assertEquals(List.of("`first` must be an integer of 32 bits (-2147483648 to 2147483647), was 2147483648."),
                literals("{ people(first: 2147483648) }"));
        assertEquals(List.of("`filter.fromYear` must be an integer of 32 bits, was a string."),
                literals("{ people(filter: {fromYear: \"1\"}) }"), "SmallRye's Int would take it; the specification does not");
        String query = "query($n: Int) { people(first: $n) }";
        assertEquals(List.of(), variables(query, Map.of("n", 5.0)));
        assertEquals(List.of("`$n` must be an integer of 32 bits (-2147483648 to 2147483647), was 1.0E+100."),
                variables(query, Map.of("n", 1e100)));
        assertEquals(List.of("`$n` must be an integer of 32 bits (-2147483648 to 2147483647), was no finite number."),
                variables(query, Map.of("n", Double.POSITIVE_INFINITY)));
        assertEquals(List.of("`$n` must be an integer of 32 bits, was a string."), variables(query, Map.of("n", "5")));
        assertEquals(7, ArgumentValues.intValue(new java.math.BigDecimal("7.0")));
    }

    @Test
    void aValueOfTheWrongShapeIsNamedInTheApisWords() {
        assertEquals(List.of("`$input.from` must be an object of type `DateInput`, was a list.",
                "`$input.name` must not be null (type `String!`).",
                "`$input` has no field `nope` (type `Create`).",
                "`$input` has a field that is not a name of its type `Create`."),
                variables("mutation($input: Create!) { create(input: $input) }", Map.of("input",
                        ordered("from", List.of(1), "name", null, "nope", 1, "' or 1=1", 2))));
        assertEquals(List.of("`$input.name` is required (type `String!`)."),
                variables("mutation($input: Create!) { create(input: $input) }", Map.of("input", new JsonObject().put("detach", true))));
        assertEquals(List.of("`$input` must not be null (type `Create!`)."),
                variables("mutation($input: Create!) { create(input: $input) }", Map.of()));
        assertEquals(List.of(), variables("query($o: NameOrder = NAME_DESC) { people(orderBy: $o) }", Map.of()),
                "absent, with a default");
        assertEquals(List.of("`$o` must be one of NAME_ASC, NAME_DESC, was a string."),
                variables("query($o: NameOrder) { people(orderBy: $o) }", Map.of("o", "name_asc")));
        assertEquals(List.of("`orderBy` must be one of NAME_ASC, NAME_DESC, was the name NOPE."),
                literals("{ people(orderBy: NOPE) }"));
        assertEquals(List.of("`input.ids[1]` must not be null (type `ID!`).", "`input.detach` must be true or false, was a string."),
                literals("mutation { create(input: {name: \"n\", ids: [\"a\", null], detach: \"yes\"}) }"));
        assertEquals(List.of("`$input.ids` must be an id (a string), was a number."),
                variables("mutation($input: Create!) { create(input: $input) }", Map.of("input", Map.of("name", "n", "ids", 1.5))),
                "one value stands for a list of one");
    }

    @Test
    void aFloodOfProblemsIsToldTheFirstTen() {
        List<String> ids = Collections.nCopies(50, "\u0000");
        List<String> problems = variables("mutation($input: Create!) { create(input: $input) }",
                Map.of("input", Map.of("name", "n", "ids", ids)));
        assertEquals(InputValues.MOST_PROBLEMS, problems.size());
        assertEquals("`$input.ids[9]` holds U+0000 (NUL) at character 1, which the archive cannot store.", problems.get(9));
    }

    @Test
    void aDocumentThatDoesNotValidateIsWalkedAsFarAsTheSchemaKnowsIt() {
        assertEquals(List.of("`slug` must be a string, was a number."),
                literals("{ nothing(at: \"\\u0000\") { a } person(slug: 5) ...G } fragment G on Nowhere { x }"));
    }

    @Test
    void aCursorsDateIsOneThatPostgresqlWritesAndTheArchiveHolds() {
        for (String held : List.of("2370-01-31", "4001-01-01 BC", "0001-01-01 BC", "99999-12-31", "infinity", "-infinity")) {
            assertTrue(ArchiveDates.holdsPostgresText(held), held);
        }
        for (String refused : List.of("4002-12-31 BC", "100000-01-01", "+5874898-01-01", "-4000-01-01", "+99999-12-31",
                "0000-01-01", "2370-02-30", "2370-01-31 AD", "Infinity", "")) {
            assertFalse(ArchiveDates.holdsPostgresText(refused), refused);
        }
        assertNull(ScalarValues.text("plain text, and \uD83D\uDE00"));
    }

    /** A scalar the boundary does not know (a `DateTime` argument, say) would pass it unchecked: none does. */
    @Test
    void everyScalarTheApiTakesIsOneTheBoundaryChecks() throws java.io.IOException {
        GraphQLSchema served = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse(java.nio.file.Files.readString(java.nio.file.Path.of("schema.graphql"))),
                RuntimeWiring.MOCKED_WIRING);
        java.util.Set<String> taken = new java.util.TreeSet<>();
        for (graphql.schema.GraphQLNamedType type : served.getAllTypesAsList()) {
            if (type instanceof graphql.schema.GraphQLInputObjectType input) {
                input.getFieldDefinitions().forEach(f -> taken.add(GraphQLTypeUtil.unwrapAll(f.getType()).getName()));
            } else if (type instanceof graphql.schema.GraphQLFieldsContainer fields && !type.getName().startsWith("__")) {
                fields.getFieldDefinitions().forEach(f -> f.getArguments()
                        .forEach(a -> taken.add(GraphQLTypeUtil.unwrapAll(a.getType()).getName())));
            }
        }
        taken.removeIf(name -> !(served.getType(name) instanceof GraphQLScalarType));
        assertTrue(ScalarValues.CHECKED.containsAll(taken), "scalars taken " + taken + ", checked " + ScalarValues.CHECKED);
        assertTrue(taken.containsAll(List.of("String", "ID", "Int", "Date")), taken.toString());
    }

    private static List<String> literals(String text) {
        Document document = Parser.parse(text);
        return ArgumentValues.ofLiterals(SCHEMA, document, document.getDefinitionsOfType(OperationDefinition.class).get(0));
    }

    private static List<String> variables(String text, Map<String, Object> variables) {
        Document document = Parser.parse(text);
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        assertEquals(List.of(), ArgumentValues.ofLiterals(SCHEMA, document, operation));
        return ArgumentValues.ofVariables(SCHEMA, operation, variables);
    }

    /** A map that keeps its keys' order and takes nulls, as JSON decodes an object. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
