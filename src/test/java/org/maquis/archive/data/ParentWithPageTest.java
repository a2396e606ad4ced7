package org.maquis.archive.data;

import org.maquis.archive.relay.GlobalId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Statements;
import org.maquis.archive.support.Statements.Cost;

/**
 * A root lookup that selects of its thing nothing but the connection of a relation (and its id and type) reads the
 * thing's key and the page in one statement ({@link ServedConnections#parentWithPage}): the answer is the one the same
 * connection gives read through `node`, one statement after the other, for every relation and every parent.
 */
@QuarkusTest
class ParentWithPageTest {

    private static final String PAGE = "{ totalCount edges { cursor node { id } } "
            + "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }";

    @Inject
    AgroalDataSource database;

    @Test
    void aFactionAndItsFirstMembersWithTheirPeopleAreOneStatement() throws SQLException {
        Statements statements = Statements.counting(database);
        Cost cost = statements.of("mix/nested", Map.of());
        assertEquals(1, cost.statements(), "statements: " + cost.queries());
        assertTrue(cost.queries().get(0).contains(" person j1 "), "the people joined: " + cost.queries());
        List<Object> people = GraphQL.run("mix/nested").statusCode(200).extract().path("data.faction.members.nodes.person.name");
        assertEquals(List.of("Marlena Moreau", "Sarek", "Kira", "Shakaar Edon", "Selok"), people, "the article's members");
    }

    @Test
    void aPageAskedWithVariablesIsReadWithItsParentToo() throws SQLException {
        Statements statements = Statements.counting(database);
        Cost cost = statements.of("paging/members", Map.of("slug", "maquis", "first", 2));
        // The key with the page, then the count that the operation's totalCount asks for.
        assertEquals(2, cost.statements(), "statements: " + cost.queries());
        GraphQL.run("paging/members", Map.of("slug", "maquis", "last", 2)).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.faction.members.edges.size()", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void theLookupAnswersWhatTheRowAndThePageAnswerApart() throws SQLException {
        List<String> fields = new ArrayList<>(ServedConnections.servingFields());
        fields.sort(null);
        int compared = 0;
        int withRows = 0;
        for (String served : fields) {
            String type = served.substring(0, served.indexOf('.'));
            String field = served.substring(served.indexOf('.') + 1);
            NodeType nodeType = NodeType.named(type).orElseThrow();
            String root = Character.toLowerCase(type.charAt(0)) + type.substring(1);
            for (Map.Entry<String, Long> parent : parents(nodeType).entrySet()) {
                String id = GlobalId.encode(type, parent.getValue());
                for (String page : List.of("(first: 2)", "(last: 2)", "")) {
                    Object alone = answer("{ node(id: \"" + id + "\") { id ... on " + type + " { " + field + page + PAGE + " } } }",
                            "data.node");
                    Object together = answer("{ " + root + "(slug: \"" + parent.getKey() + "\") { id __typename "
                            + field + page + PAGE + " } }", "data." + root);
                    assertNotNull(together, served + " of " + parent.getKey());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> read = (Map<String, Object>) together;
                    assertEquals(type, read.remove("__typename"));
                    assertEquals(alone, read, served + page + " of " + parent.getKey());
                    compared++;
                    if (((Number) ((Map<?, ?>) read.get(field)).get("totalCount")).intValue() > 0) {
                        withRows++;
                    }
                }
            }
        }
        assertTrue(compared > 300, "pages compared: " + compared);
        assertTrue(withRows > 100, "pages that hold rows: " + withRows);
    }

    @Test
    void aLookupOfSeveralConnectionsReadsTheFirstWithItsParentAndAnswersThemAllAsThroughNode() {
        String connections = "founders { nodes { name } } members(first: 2) { nodes { role person { name } } } "
                + "cells(first: 2) { totalCount nodes { name } }";
        Object together = answer("{ faction(slug: \"maquis\") { id " + connections + " } }", "data.faction");
        String id = GraphQL.post(Map.of("query", "{ faction(slug: \"maquis\") { id } }")).statusCode(200)
                .extract().path("data.faction.id");
        assertEquals(answer("{ node(id: \"" + id + "\") { id ... on Faction { " + connections + " } } }", "data.node"), together);
    }

    @Test
    void aSlugOfNothingIsNullAndAParentWithoutRowsHasAnEmptyPage() throws SQLException {
        GraphQL.nullAt(GraphQL.post(Map.of("query", "{ faction(slug: \"no-such-faction\") { members(first: 3) { nodes { role } } } }")),
                "data.faction");
        Statements statements = Statements.counting(database);
        String empty = "{ place(slug: \"" + slugWithout("place", "faction", "headquarters_id") + "\") { id headquartersOf(first: 3) "
                + PAGE + " } }";
        Cost cost = statements.of(() -> GraphQL.post(Map.of("query", empty)).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.place.headquartersOf.totalCount", org.hamcrest.Matchers.equalTo(0))
                .body("data.place.headquartersOf.edges", org.hamcrest.Matchers.empty())
                .body("data.place.headquartersOf.pageInfo.hasNextPage", org.hamcrest.Matchers.equalTo(false)));
        // The key and the (empty) page, then the count that totalCount asks for.
        assertEquals(2, cost.statements(), "statements: " + cost.queries());
    }

    @Test
    void aSelectionThatReadsTheRowOrBadArgumentsTakeTheUsualWay() throws SQLException {
        Statements statements = Statements.counting(database);
        Cost named = statements.of(() -> GraphQL.post(Map.of("query",
                "{ faction(slug: \"maquis\") { name members(first: 2) { nodes { role } } } }")).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.faction.name", org.hamcrest.Matchers.equalTo("Maquis"))
                .body("data.faction.members.nodes.size()", org.hamcrest.Matchers.equalTo(2)));
        assertEquals(2, named.statements(), "the row, then the page: " + named.queries());
        GraphQL.post(Map.of("query", "{ faction(slug: \"maquis\") { members(first: -1) { nodes { role } } } }"))
                .statusCode(200).body("data.faction", org.hamcrest.Matchers.nullValue())
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"))
                .body("errors[0].path", org.hamcrest.Matchers.equalTo(List.of("faction", "members")));
        GraphQL.post(Map.of("query", "{ faction(slug: \"maquis\") { members(after: \"bm90IGEgY3Vyc29y\") { nodes { role } } } }"))
                .statusCode(200).body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"))
                .body("errors[0].path", org.hamcrest.Matchers.equalTo(List.of("faction", "members")));
    }

    /**
     * Every connection of a node type whose arguments are a page's alone is a relation's, and says so: a root lookup
     * then reads it with its parent. (`history` is every type's own, read by its id.)
     */
    @Test
    void everyConnectionOfARelationSaysWhichFieldServesIt() throws java.io.IOException {
        TypeDefinitionRegistry schema = new SchemaParser().parse(java.nio.file.Files.readString(java.nio.file.Path.of("schema.graphql")));
        Set<String> connections = new TreeSet<>();
        for (ObjectTypeDefinition type : schema.getTypes(ObjectTypeDefinition.class)) {
            if (NodeType.named(type.getName()).isEmpty()) {
                continue;
            }
            for (FieldDefinition field : type.getFieldDefinitions()) {
                List<String> arguments = field.getInputValueDefinitions().stream().map(InputValueDefinition::getName).toList();
                graphql.language.Type<?> returns = field.getType();
                while (!(returns instanceof graphql.language.TypeName)) {
                    returns = (graphql.language.Type<?>) returns.getChildren().get(0);
                }
                if (((graphql.language.TypeName) returns).getName().endsWith("Connection") && Set.copyOf(arguments).equals(Set.of("first", "after", "last", "before"))
                        && !field.getName().equals("history")) {
                    connections.add(type.getName() + "." + field.getName());
                }
            }
        }
        assertEquals(connections, new TreeSet<>(ServedConnections.servingFields()));
    }

    /** The article's rows of a type (the generated ones, if any, are not needed): slug to key. */
    private Map<String, Long> parents(NodeType type) throws SQLException {
        Map<String, Long> parents = new java.util.LinkedHashMap<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select slug, id from " + type.table() + " where id < 1000000 order by id")) {
            while (r.next()) {
                parents.put(r.getString(1), r.getLong(2));
            }
        }
        return parents;
    }

    private String slugWithout(String table, String children, String column) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select slug from " + table + " p where not exists (select 1 from " + children
                        + " t where t." + column + " = p.id) order by id limit 1")) {
            r.next();
            return r.getString(1);
        }
    }

    private static Object answer(String query, String path) {
        return GraphQL.post(Map.of("query", query)).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue())
                .extract().path(path);
    }
}
