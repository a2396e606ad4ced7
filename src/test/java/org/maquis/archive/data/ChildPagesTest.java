package org.maquis.archive.data;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Statements;
import org.maquis.archive.support.Statements.Cost;

/**
 * A root list whose rows select the connection of a relation reads each row's page in its own statement
 * ({@link ChildPages}; the benchmark's lists of lists: ListsOfListsTest): the answer is the one the same query gives when the pages are read by their resolvers, one
 * statement after the list (as they are when the connection asks for its `totalCount`), for every relation below
 * every root list, forward and backward, and for every size of page.
 */
@QuarkusTest
class ChildPagesTest {

    /** The root list of each node type's rows. */
    static final Map<String, String> ROOTS = Map.of("Cell", "cells", "Empire", "empires", "Event", "events",
            "Faction", "factions", "Person", "people", "Place", "places", "Ship", "ships", "ShipClass", "shipClasses",
            "Species", "allSpecies");

    private static final String PAGE = "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    /** A page's rows with their people, and whether more follow. */
    private static final String PEOPLE = "{ nodes { role person { name } } pageInfo { hasNextPage } }";

    @Inject
    AgroalDataSource database;

    @Test
    void everyRelationBelowEveryRootListAnswersAsItsResolverReadsIt() throws SQLException {
        Statements statements = Statements.counting(database);
        int compared = 0;
        int withRows = 0;
        for (String served : new TreeSet<>(ServedConnections.servingFields())) {
            String[] typeAndField = served.split("\\.");
            String field = typeAndField[1];
            for (String list : List.of("(first: 100)", "(last: 3)")) {
                for (String page : List.of("(first: 2)", "(last: 2)", "(first: 0)", "")) {
                    Read read = readAsItsResolverReadsIt(statements, ROOTS.get(typeAndField[0]) + list, field + page,
                            "{ " + PAGE + " }");
                    compared += read.rows().size();
                    withRows += (int) read.totals().stream().filter(total -> total > 0).count();
                }
            }
        }
        assertTrue(compared > 1500, "pages compared: " + compared);
        assertTrue(withRows > 300, "pages that hold rows: " + withRows);
    }

    @Test
    void aPageOfTheListAfterOrBeforeACursorReadsItsRowsPagesToo() throws SQLException {
        String cursor = GraphQL.post(Map.of("query", "{ factions(first: 4) { pageInfo { endCursor } } }")).statusCode(200)
                .extract().path("data.factions.pageInfo.endCursor");
        Statements statements = Statements.counting(database);
        for (String list : List.of("(first: 5, after: \"" + cursor + "\")", "(last: 2, before: \"" + cursor + "\")")) {
            Read read = readAsItsResolverReadsIt(statements, "factions" + list, "members(first: 3)", PEOPLE);
            assertTrue(!read.rows().isEmpty(), list);
        }
    }

    /** A filtered list (the timeline's year window is read range by range) reads its rows' pages in its statement too. */
    @Test
    void aFilteredListReadsItsRowsPagesToo() throws SQLException {
        Statements statements = Statements.counting(database);
        for (String root : List.of("events(filter: { fromYear: 2300, toYear: 2400 }, first: 10)",
                "events(filter: { fromYear: 2370 }, last: 5)", "events(filter: { name: \"raid\" }, first: 5)")) {
            Read read = readAsItsResolverReadsIt(statements, root, "participants(first: 3)", PEOPLE);
            assertTrue(read.totals().stream().anyMatch(total -> total > 0), root + ": some event has participants");
        }
    }

    /**
     * Aliases of the connection that ask for the same page are served by the one page, whatever each selects of it;
     * one that asks for another page, and a second relation, are read by their resolvers, one statement each.
     */
    @Test
    void aliasesOfThePageShareItAndOtherPagesAreReadByTheirResolvers() throws SQLException {
        String selection = "a: members(first: 2) { nodes { role } } b: members(first: 2) { nodes { person { name } } }"
                + " c: members(first: 1) { nodes { role } } founders { nodes { name } }";
        Cost cost = Statements.counting(database).of(() -> GraphQL.post(Map.of("query", query("factions(first: 30)", selection)))
                .statusCode(200).body("errors", nullValue()));
        assertEquals(3, cost.statements(), "the list with a and b's page, c's pages, the founders: " + cost.queries());
        List<Map<String, Object>> together = rows("factions(first: 30)", selection);
        List<Map<String, Object>> apart = new ArrayList<>();
        for (Map<String, Object> faction : together) {
            apart.add(GraphQL.post(Map.of("query", "{ node(id: \"" + faction.get("id") + "\") { id ... on Faction { " + selection
                    + " } } }")).statusCode(200).body("errors", nullValue()).extract().path("data.node"));
        }
        assertEquals(apart, together);
        assertTrue(together.stream().anyMatch(f -> !((List<?>) ((Map<?, ?>) f.get("b")).get("nodes")).isEmpty()));
    }

    @Test
    void aPageSizeGivenByAVariableOrInsideAFragmentIsTheOneRead() throws SQLException {
        String query = "query Members($size: Int) { factions(first: 20) { nodes { ...Named } } }"
                + " fragment Named on Faction { name ... on Faction { members(first: $size) { nodes { person { name } } } } }";
        Statements statements = Statements.counting(database);
        for (int size : List.of(1, 3)) {
            Cost cost = statements.of(() -> GraphQL.post(Map.of("query", query, "variables", Map.of("size", size)))
                    .statusCode(200).body("errors", nullValue())
                    .body("data.factions.nodes.find { it.name == 'Maquis' }.members.nodes.person.name",
                            equalTo(List.of("Marlena Moreau", "Sarek", "Kira").subList(0, size))));
            assertEquals(1, cost.statements(), "size " + size + ": " + cost.queries());
        }
    }

    @Test
    void aPageWithACursorOrACountBelowTheListIsReadByItsResolverAndBadArgumentsAreRefusedAsBefore() throws SQLException {
        Statements statements = Statements.counting(database);
        String cursor = GraphQL.post(Map.of("query", "{ faction(slug: \"maquis\") { name members(first: 2) { pageInfo { endCursor } } } }"))
                .statusCode(200).extract().path("data.faction.members.pageInfo.endCursor");
        Cost after = statements.of(() -> GraphQL.post(Map.of("query", query("factions(first: 20)",
                "members(first: 2, after: \"" + cursor + "\") { nodes { role } }"))).statusCode(200).body("errors", nullValue()));
        assertEquals(2, after.statements(), "the list, then the pages after the cursor: " + after.queries());
        Cost counted = statements.of(() -> GraphQL.post(Map.of("query", query("factions(first: 20)",
                "members(first: 2) { totalCount nodes { role } }"))).statusCode(200).body("errors", nullValue()));
        assertEquals(3, counted.statements(), "the list, the pages, their counts: " + counted.queries());
        GraphQL.post(Map.of("query", query("factions(first: 2)", "members(first: -1) { nodes { role } }"))).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].path", equalTo(List.of("factions", "nodes", 0, "members")));
    }

    /** The rows of a list, each with its page, and the number of rows each page's connection holds. */
    private record Read(List<Map<String, Object>> rows, List<Integer> totals) {
    }

    /**
     * The list {@code root} with the connection {@code page} of each row ({@code selection} of it) is one statement,
     * and answers as the connection's resolver reads it: as the same query answers when the connection also asks
     * for its `totalCount`, which only its resolver reads.
     */
    private static Read readAsItsResolverReadsIt(Statements statements, String root, String page, String selection)
            throws SQLException {
        String field = page.contains("(") ? page.substring(0, page.indexOf('(')) : page;
        String what = root + " { " + page + " }";
        Cost cost = statements.of(() -> GraphQL.post(Map.of("query", query(root, page + " " + selection))).statusCode(200)
                .body("errors", nullValue()));
        assertEquals(1, cost.statements(), what + ": " + cost.queries());
        List<Map<String, Object>> apart = rows(root, page + " " + selection.replaceFirst("\\{", "{ totalCount"));
        List<Integer> totals = new ArrayList<>();
        for (Map<String, Object> row : apart) {
            @SuppressWarnings("unchecked")
            Map<String, Object> connection = (Map<String, Object>) row.get(field);
            totals.add(((Number) connection.remove("totalCount")).intValue());
        }
        assertEquals(apart, rows(root, page + " " + selection), what);
        return new Read(apart, totals);
    }

    /** The list's rows, each with its id and what {@code selection} reads of it. */
    private static List<Map<String, Object>> rows(String root, String selection) {
        List<Map<String, Object>> rows = GraphQL.post(Map.of("query", query(root, selection))).statusCode(200)
                .body("errors", nullValue()).extract().path("data." + root.substring(0, root.indexOf('(')) + ".nodes");
        return rows.stream().map(row -> (Map<String, Object>) new HashMap<>(row)).toList();
    }

    private static String query(String root, String selection) {
        return "{ " + root + " { nodes { id " + selection + " } } }";
    }
}
