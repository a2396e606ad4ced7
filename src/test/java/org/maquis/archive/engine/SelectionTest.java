package org.maquis.archive.engine;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Statements;
import org.maquis.archive.support.Statements.Cost;

/**
 * What a field selects is read from the operation's syntax tree ({@link Selection}), through fragments and aliases: a
 * count, a joined person and a field of the parent's row are seen however the client asks for them.
 */
@QuarkusTest
class SelectionTest {

    @Inject
    AgroalDataSource database;

    Statements statements;

    @BeforeEach
    void counting() throws SQLException {
        statements = Statements.counting(database);
    }

    @Test
    void fragmentsAskForWhatTheSameFieldsAskForPlainly() throws SQLException {
        Cost throughFragments = statements.of("selection/fragments", Map.of());
        Cost plainly = statements.of("selection/plain", Map.of());
        // The key with the page and the people joined, then the count: through fragments as without them.
        assertEquals(2, throughFragments.statements(), "statements: " + throughFragments.queries());
        assertEquals(plainly.queries(), throughFragments.queries());
        assertTrue(throughFragments.queries().stream().anyMatch(q -> q.contains(" person j1 ")),
                "the people joined: " + throughFragments.queries());
        Map<String, Object> fragments = GraphQL.run("selection/fragments").statusCode(200).body("errors", nullValue())
                .extract().path("data.faction");
        Map<String, Object> plain = GraphQL.run("selection/plain").statusCode(200).body("errors", nullValue())
                .extract().path("data.faction");
        assertEquals(plain, fragments);
        assertEquals(List.of("Marlena Moreau", "Sarek", "Kira"),
                GraphQL.run("selection/fragments").extract().path("data.faction.members.nodes.person.name"));
    }

    @Test
    void aFieldOfTheRowAskedThroughAFragmentIsRead() throws SQLException {
        Cost cost = statements.of("selection/row-through-fragment", Map.of());
        // The row (its name is selected, in a fragment), then its page.
        assertEquals(2, cost.statements(), "statements: " + cost.queries());
        GraphQL.run("selection/row-through-fragment").statusCode(200).body("errors", nullValue())
                .body("data.faction.name", org.hamcrest.Matchers.equalTo("Maquis"))
                .body("data.faction.members.nodes.size()", org.hamcrest.Matchers.equalTo(3));
    }

    @Test
    void aSkippedCountIsLeftOutOfTheAnswer() {
        Map<String, Object> skipped = GraphQL.run("selection/skipped", Map.of("skip", true)).statusCode(200)
                .body("errors", nullValue()).extract().path("data.faction.members");
        assertFalse(skipped.containsKey("totalCount"), "skipped: " + skipped);
        Map<String, Object> kept = GraphQL.run("selection/skipped", Map.of("skip", false)).statusCode(200)
                .body("errors", nullValue()).extract().path("data.faction.members");
        assertTrue(((Number) kept.get("totalCount")).intValue() >= 5, "the Maquis' members: " + kept);
    }

    @Test
    void twoAliasesOfOneConnectionAreTwoPages() throws SQLException {
        Cost cost = statements.of("selection/aliases", Map.of("first", 2));
        // The key with the first alias' page (people joined), the second alias' page by its loader, and its count.
        assertEquals(3, cost.statements(), "statements: " + cost.queries());
        Map<String, Map<String, Object>> faction = GraphQL.run("selection/aliases", Map.of("first", 2)).statusCode(200)
                .body("errors", nullValue()).extract().path("data.faction");
        assertEquals(List.of("Marlena Moreau", "Sarek"), names(faction.get("few")));
        assertEquals(4, ((List<?>) faction.get("more").get("nodes")).size());
        assertNull(faction.get("few").get("totalCount"));
        // A variable left out is no argument: the default page.
        Map<String, Map<String, Object>> unset = GraphQL.run("selection/aliases", Map.of()).statusCode(200)
                .body("errors", nullValue()).extract().path("data.faction");
        assertTrue(((List<?>) unset.get("few").get("nodes")).size() >= 5, "the default page: " + unset);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> names(Map<String, Object> connection) {
        return ((List<Map<String, Object>>) connection.get("nodes")).stream()
                .map(node -> ((Map<String, Object>) node.get("person")).get("name")).toList();
    }
}
