package org.maquis.archive.data;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Statements;
import org.maquis.archive.support.Statements.Cost;

/**
 * A read reads the columns its query selects, not whole rows: keys and small columns (numbers, enums), which
 * resolvers use to reach other rows, and of texts and dates only those whose fields are selected, at every level (a
 * root page, a page per parent, a to-one joined into it and one joined below that, a lookup by slug). Checked on the
 * statements' text, as PostgreSQL's pg_stat_statements records it. A row's cursor is read only when the page shows
 * one (an edge's {@code cursor}, {@code pageInfo}'s {@code startCursor} or {@code endCursor}).
 */
@QuarkusTest
class ColumnsReadTest {

    /** Every text or date column of the tables the two operations read, as a statement names it. */
    private static final Pattern TEXT_OR_DATE = Pattern.compile(
            "\\b(t|j\\d+)\\.(description|slug|title|wording|[a-z]+_(earliest|latest|wording))\\b");

    /** What a statement computes for each row's cursor ({@code Order.cursorSql}). */
    private static final String CURSOR = "json_build_array(";

    /** What a select reads: its list up to its first `from`. */
    private static final Pattern SELECT_LIST = Pattern.compile("select (.*?) from ");

    @Inject
    AgroalDataSource database;

    /** A column of a page's rows or of a joined row, in a select list. */
    private static final Pattern COLUMN = Pattern.compile("\\b(?:t|j\\d+)\\.([a-z_]+)\\b");

    @Test
    void aQueryOfNamesReadsNoOtherColumnThanItsFieldsAndKeys() throws SQLException {
        Cost cost = Statements.counting(database).of("columns/names-only", Map.of());
        assertEquals(2, cost.statements(), "a root page with the members, their people and their homeworlds, a lookup: "
                + cost.queries());
        for (String query : cost.queries()) {
            java.util.regex.Matcher selected = SELECT_LIST.matcher(query);
            while (selected.find()) {
                assertTrue(!TEXT_OR_DATE.matcher(selected.group(1)).find(), "reads a text or a date nobody selected: " + query);
                java.util.regex.Matcher column = COLUMN.matcher(selected.group(1));
                while (column.find()) {
                    // Names and roles, the keys, and the references of the to-ones selected (person, homeworld).
                    assertTrue(List.of("name", "role", "id", "person_id", "homeworld_id").contains(column.group(1)),
                            "reads " + column.group(1) + ", which nobody selected: " + query);
                }
            }
            // x.*, k.* and r.*: a page's select list, read through the subquery that cuts it.
            assertTrue(!query.contains(".*") || query.startsWith("select x.*") || query.startsWith("select k.*, x.*"),
                    "reads whole rows: " + query);
        }
    }

    @Test
    void theListsThatAreNotConnectionsReadTheirFieldsColumnsOnly() throws SQLException {
        Cost cost = Statements.counting(database).of("columns/lists-not-connections", Map.of());
        List<String> lists = cost.queries().stream().filter(query -> query.contains("lateral")).toList();
        assertEquals(4, lists.size(), "leads, opposes, opposedBy and renamedFrom, a statement each: " + cost.queries());
        for (String query : lists) {
            java.util.regex.Matcher selected = SELECT_LIST.matcher(query.substring(query.indexOf("lateral")));
            assertTrue(selected.find(), query);
            java.util.regex.Matcher column = COLUMN.matcher(selected.group(1));
            while (column.find()) {
                assertTrue(List.of("name", "id").contains(column.group(1)), "reads " + column.group(1) + ", which nobody selected: " + query);
            }
        }
        GraphQL.run("columns/lists-not-connections").statusCode(200).body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.people.nodes.leads.flatten().name", org.hamcrest.Matchers.hasItem("Bajora cell"))
                .body("data.ships.nodes.renamedFrom.findAll { it != null }.name", org.hamcrest.Matchers.hasItem("ISS Prometheus"));
    }

    @Test
    void aQueryOfTextsAndDatesReadsThemAndAnswersThem() throws SQLException {
        Cost cost = Statements.counting(database).of("columns/with-texts-and-dates", Map.of());
        String all = String.join("\n", cost.queries());
        for (String column : List.of("t.description", "t.from_wording", "j1.description", "j1.died_wording", "j2.description")) {
            assertTrue(all.contains(column), column + " is read: " + all);
        }
        GraphQL.run("columns/with-texts-and-dates").statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.factions.nodes.description", everyItem(notNullValue()))
                .body("data.factions.nodes.members.nodes.flatten().person.description", everyItem(notNullValue()))
                .body("data.factions.nodes.members.nodes.flatten().person.homeworld.findAll { it != null }.description",
                        everyItem(notNullValue()))
                .body("data.person.description", notNullValue());
        assertEquals(cost.statements(), Statements.counting(database).of("columns/names-only", Map.of()).statements(),
                "selecting more columns costs no statement more");
    }

    @Test
    void theSameRowsSelectedTwoWaysAtOneLevelAnswerBoth() {
        var answer = GraphQL.run("columns/one-row-two-selections").statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
        List<Map<String, Object>> nodes = answer.getList("data.event.participants.nodes");
        assertTrue(nodes.stream().anyMatch(n -> n.get("person") != null), "some participant is a person: " + nodes);
        for (Map<String, Object> node : nodes) {
            if (node.get("person") != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> participant = (Map<String, Object>) node.get("participant");
                assertTrue(participant.get("slug") != null && participant.get("description") != null, "read whole: " + node);
                assertTrue(((Map<?, ?>) node.get("person")).get("name") != null, "named: " + node);
            }
        }
    }

    @Test
    void aPageThatShowsNoCursorReadsNone() throws SQLException {
        Cost cost = Statements.counting(database).of("columns/pages-without-cursors", Map.of());
        assertEquals(2, cost.statements(), "a root page with the members of its factions, a lookup with its page: " + cost.queries());
        for (String query : cost.queries()) {
            assertFalse(query.contains(CURSOR), "reads cursors nobody shows: " + query);
        }
        var answer = GraphQL.run("columns/pages-without-cursors").statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.factions.pageInfo.hasNextPage", org.hamcrest.Matchers.is(true))
                .body("data.factions.pageInfo.hasPreviousPage", org.hamcrest.Matchers.is(false))
                .body("data.factions.edges", org.hamcrest.Matchers.hasSize(2))
                .body("data.faction.members.pageInfo.hasPreviousPage", org.hamcrest.Matchers.is(true))
                .body("data.faction.members.nodes", org.hamcrest.Matchers.hasSize(2))
                .extract().jsonPath();
        for (int i = 0; i < 2; i++) {
            String members = "data.factions.edges[" + i + "].node.members";
            assertEquals(answer.getList(members + ".nodes.role"), answer.getList(members + ".edges.node.role"),
                    "the same members through edges: " + answer.prettify());
            assertTrue(!answer.getBoolean(members + ".pageInfo.hasNextPage") || answer.getList(members + ".nodes").size() == 2,
                    "more members only after a full page: " + answer.prettify());
        }
    }

    @Test
    void eachWayOfShowingACursorReadsThemAndTheyLeadOn() throws SQLException {
        Cost cost = Statements.counting(database).of("columns/pages-with-cursors", Map.of());
        assertEquals(4, cost.statements(), "three root pages, one with its members (asked twice), a lookup with its page: "
                + cost.queries());
        for (String query : cost.queries()) {
            assertTrue(query.contains(CURSOR), "a page that shows cursors reads them: " + query);
        }
        var answer = GraphQL.run("columns/pages-with-cursors").statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.byEdges.edges.cursor", everyItem(notNullValue()))
                .body("data.byStart.pageInfo.startCursor", notNullValue())
                .body("data.withMembers.pageInfo.endCursor", notNullValue())
                .body("data.faction.members.pageInfo.startCursor", notNullValue())
                .body("data.faction.members.pageInfo.endCursor", notNullValue())
                .extract().jsonPath();
        List<String> edgeCursors = answer.getList("data.withMembers.nodes[0].alsoMembers.edges.cursor");
        assertEquals(edgeCursors.isEmpty() ? null : edgeCursors.get(edgeCursors.size() - 1),
                answer.getString("data.withMembers.nodes[0].members.pageInfo.endCursor"),
                "the end cursor is the last edge's: " + answer.prettify());
        var first = GraphQL.run("columns/factions-and-members").statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
        var after = GraphQL.run("columns/factions-after", Map.of("after", answer.getString("data.byEdges.edges[0].cursor"),
                "afterMember", answer.getString("data.faction.members.pageInfo.startCursor"))).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
        assertEquals(first.getString("data.factions.nodes[1].name"), after.getString("data.factions.nodes[0].name"),
                "after the first faction's cursor comes the second");
        assertEquals(first.getString("data.faction.members.nodes[1].id"), after.getString("data.faction.members.nodes[0].id"),
                "after the first member's cursor comes the second");
    }
}
