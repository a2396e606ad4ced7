package org.maquis.archive.data;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * statements' text, as PostgreSQL's pg_stat_statements records it.
 */
@QuarkusTest
class ColumnsReadTest {

    /** Every text or date column of the tables the two operations read, as a statement names it. */
    private static final Pattern TEXT_OR_DATE = Pattern.compile(
            "\\b(t|j\\d+)\\.(description|slug|title|wording|[a-z]+_(earliest|latest|wording))\\b");

    /** What a select reads: its list up to its first `from`. */
    private static final Pattern SELECT_LIST = Pattern.compile("select (.*?) from ");

    @Inject
    AgroalDataSource database;

    @Test
    void aQueryOfNamesReadsNoOtherTextOrDate() throws SQLException {
        Cost cost = Statements.counting(database).of("columns/names-only", Map.of());
        assertEquals(3, cost.statements(), "a root page, the members with their people and their homeworlds, a lookup: "
                + cost.queries());
        for (String query : cost.queries()) {
            java.util.regex.Matcher selected = SELECT_LIST.matcher(query);
            while (selected.find()) {
                assertTrue(!TEXT_OR_DATE.matcher(selected.group(1)).find(), "reads a text or a date nobody selected: " + query);
            }
            assertTrue(!query.contains(".*") || query.startsWith("select x.*"), "reads whole rows: " + query);
        }
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
}
