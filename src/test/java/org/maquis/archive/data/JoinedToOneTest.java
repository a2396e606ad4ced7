package org.maquis.archive.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.maquis.archive.support.Statements.Cost;
import org.maquis.archive.support.Statements;

/**
 * A to-one field read in the same statement as its parent's page (a membership's person, a participant's): a query that selects it
 * costs no statement for it, and gets the same person, field for field, as a read of that person alone.
 */
@QuarkusTest
class JoinedToOneTest {

    @Inject
    AgroalDataSource database;

    Statements statements;

    @BeforeEach
    void counting() throws SQLException {
        statements = Statements.counting(database);
    }

    @Test
    void membersWithTheirPeopleCostOneStatement() throws SQLException {
        Cost cost = statements.of("joins/members-with-people", Map.of());
        // The faction's key by its slug with its page of members joined to their people (ParentWithPageTest): no
        // statement for the people.
        assertEquals(1, cost.statements(), "statements: " + cost.queries());
        assertTrue(cost.queries().stream().anyMatch(q -> q.contains("left join person j")), "joined: " + cost.queries());
    }

    @Test
    void theJoinedPeopleAreThePeopleReadAlone() {
        List<Map<String, Object>> joined = GraphQL.run("joins/members-with-people").statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue()).extract().path("data.faction.members.nodes.person");
        assertTrue(joined.size() >= 5, "the Maquis has members in the article: " + joined);
        assertTrue(joined.stream().anyMatch(p -> p.get("died") != null), "a member whose death is dated: " + joined);
        assertTrue(joined.stream().anyMatch(p -> p.get("title") != null), "a member with a title: " + joined);
        List<Object> ids = joined.stream().map(p -> p.get("id")).toList();
        List<Map<String, Object>> alone = GraphQL.run("joins/people-one-by-one", Map.of("ids", ids)).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue()).extract().path("data.nodes");
        assertEquals(alone, joined);
    }

    @Test
    @SuppressWarnings("unchecked")
    void participantsWithTheirPeopleAreJoinedAndTheOthersHaveNone() throws SQLException {
        Cost cost = statements.of("joins/participants-with-people", Map.of());
        // The event's key with its participants joined to their people; the faction is loaded by a statement of its own.
        assertEquals(2, cost.statements(), "statements: " + cost.queries());
        assertTrue(cost.queries().stream().anyMatch(q -> q.contains("left join person j")), "joined: " + cost.queries());
        List<Map<String, Object>> nodes = GraphQL.run("joins/participants-with-people").statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue()).extract().path("data.event.participants.nodes");
        List<Map<String, Object>> people = nodes.stream().filter(n -> n.get("person") != null)
                .map(n -> (Map<String, Object>) n.get("person")).toList();
        // A participant that is not a person has no person (the join found none), and has its faction.
        assertTrue(nodes.stream().anyMatch(n -> n.get("person") == null && n.get("faction") != null), "a faction: " + nodes);
        assertEquals(2, people.size(), "two people founded the Maquis: " + nodes);
        List<Object> ids = people.stream().map(p -> p.get("id")).toList();
        List<Map<String, Object>> alone = GraphQL.run("joins/people-one-by-one", Map.of("ids", ids)).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue()).extract().path("data.nodes");
        assertEquals(alone, people);
    }

    @Test
    void aPageWithoutPeopleJoinsNothing() throws SQLException {
        Cost cost = statements.of("joins/members-roles", Map.of());
        assertEquals(1, cost.statements(), "statements: " + cost.queries());
        assertFalse(cost.queries().stream().anyMatch(q -> q.contains("joined_")), "nothing joined: " + cost.queries());
    }

    @Test
    void theSamePageAskedWithAndWithoutPeopleAnswersBoth() throws SQLException {
        io.restassured.path.json.JsonPath answer = GraphQL.run("joins/members-aliased").statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
        List<Object> people = answer.getList("data.faction.withPeople.nodes.person.name");
        assertEquals(3, people.size(), "with people: " + answer.prettify());
        assertFalse(people.contains(null), "every member has a person: " + answer.prettify());
        assertEquals(people, answer.getList("data.faction.throughEdges.edges.node.person.name"), "the same people through edges");
        assertEquals(3, answer.getList("data.faction.rolesOnly.nodes.role").size(), "roles only: " + answer.prettify());
        // The page with people and the page without are two loaders (the joined one and the plain one); the
        // edges' page is the joined one's, read with the faction's key: two statements in all, none for the people.
        Cost cost = statements.of("joins/members-aliased", Map.of());
        assertEquals(2, cost.statements(), "statements: " + cost.queries());
    }
}
