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
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Statements.Cost;
import org.maquis.archive.support.Statements;

/**
 * A to-one field read in the same statement as its parent's page (a membership's person, a participant's person and
 * faction): a query that selects it costs no statement for it, and gets the same person, field for field, as a read of
 * that person alone.
 */
@QuarkusTest
class JoinedToOnesTest {

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
        assertTrue(cost.queries().get(0).contains(" person j1 "), "the people joined: " + cost.queries());
    }

    @Test
    void theJoinedPeopleAreThePeopleReadAlone() {
        List<Map<String, Object>> joined = answer("joins/members-with-people", Map.of(), "data.faction.members.nodes.person");
        assertTrue(joined.size() >= 5, "the Maquis has members in the article: " + joined);
        assertTrue(joined.stream().anyMatch(p -> p.get("died") != null), "a member whose death is dated: " + joined);
        assertTrue(joined.stream().anyMatch(p -> p.get("title") != null), "a member with a title: " + joined);
        List<Object> ids = joined.stream().map(p -> p.get("id")).toList();
        List<Map<String, Object>> alone = answer("joins/people-one-by-one", Map.of("ids", ids), "data.nodes");
        assertEquals(alone, joined);
    }

    @Test
    @SuppressWarnings("unchecked")
    void participantsWithTheirPeopleAreJoinedAndTheOthersHaveNone() throws SQLException {
        Cost cost = statements.of("joins/participants-with-people", Map.of());
        // The event's key with its participants joined to their people and to their factions: one statement.
        assertEquals(1, cost.statements(), "statements: " + cost.queries());
        assertTrue(cost.queries().get(0).contains(" faction j1 "), "the factions joined too: " + cost.queries());
        assertTrue(cost.queries().get(0).contains(" person j2 "), "the people joined: " + cost.queries());
        List<Map<String, Object>> nodes = answer("joins/participants-with-people", Map.of(), "data.event.participants.nodes");
        List<Map<String, Object>> people = nodes.stream().filter(n -> n.get("person") != null)
                .map(n -> (Map<String, Object>) n.get("person")).toList();
        // A participant that is not a person has no person (the join found none), and has its faction.
        assertTrue(nodes.stream().anyMatch(n -> n.get("person") == null && n.get("faction") != null), "a faction: " + nodes);
        assertEquals(2, people.size(), "two people founded the Maquis: " + nodes);
        List<Object> ids = people.stream().map(p -> p.get("id")).toList();
        List<Map<String, Object>> alone = answer("joins/people-one-by-one", Map.of("ids", ids), "data.nodes");
        assertEquals(alone, people);
    }

    @Test
    void aPageWithoutPeopleJoinsNothing() throws SQLException {
        Cost cost = statements.of("joins/members-roles", Map.of());
        assertEquals(1, cost.statements(), "statements: " + cost.queries());
        java.util.regex.Pattern joinAlias = java.util.regex.Pattern.compile("\\bj[0-9]+[._ ]");
        assertFalse(cost.queries().stream().anyMatch(q -> joinAlias.matcher(q).find()), "nothing joined: " + cost.queries());
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
        // The three aliases ask the same page of the same relation: one statement with the faction's key reads what
        // all three select (the people joined), and hands each its page; none for the people.
        Cost cost = statements.of("joins/members-aliased", Map.of());
        assertEquals(1, cost.statements(), "statements: " + cost.queries());
    }

    @Test
    void aRootPageWithItsToOnesTwoLevelsDownIsOneStatementAndAnswersWhatTheLoadersAnswer() throws SQLException {
        Cost cost = statements.of("joins/events-with-places", Map.of());
        assertEquals(1, cost.statements(), "statements: " + cost.queries());
        assertTrue(cost.queries().get(0).contains(" j3 on "), "place, its locatedIn and that one's: " + cost.queries());
        List<Map<String, Object>> joined = answer("joins/events-with-places", Map.of(), "data.events.nodes");
        assertTrue(joined.stream().anyMatch(e -> e.get("place") == null), "an event with no place: " + joined);
        assertTrue(joined.stream().anyMatch(e -> e.get("place") instanceof Map<?, ?> place && place.get("locatedIn") != null),
                "a place that lies in another: " + joined);
        List<Object> ids = joined.stream().map(e -> e.get("id")).toList();
        List<Map<String, Object>> alone = answer("joins/events-one-by-one", Map.of("ids", ids), "data.nodes");
        assertEquals(alone, joined);
    }

    @Test
    void aLookupBySlugReadsItsToOnesWithIt() throws SQLException {
        Cost cost = statements.of("joins/person-with-to-ones", Map.of());
        assertEquals(1, cost.statements(), "statements: " + cost.queries());
        Map<String, Object> joined = GraphQL.run("joins/person-with-to-ones").statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue()).body("data.person.homeworld.name", org.hamcrest.Matchers.is("Vulcan"))
                .extract().path("data.person");
        Map<String, Object> alone = GraphQL.run("joins/person-one-by-one", Map.of("id", joined.get("id"))).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue()).extract().path("data.node");
        assertEquals(alone, joined);
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneToOneSelectedDifferentlyUnderAliasesAndEdgesAnswersEachSelectionFromOneStatement() throws SQLException {
        Cost cost = statements.of("joins/members-people-two-ways", Map.of());
        assertEquals(1, cost.statements(), "statements: " + cost.queries());
        Map<String, Object> members = answer("joins/members-people-two-ways", Map.of(), "data.faction.members");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) members.get("nodes");
        List<Map<String, Object>> edges = (List<Map<String, Object>>) members.get("edges");
        assertTrue(nodes.size() >= 5, "the Maquis' members: " + nodes);
        List<Map<String, Object>> alone = answer("joins/members-with-people", Map.of(), "data.faction.members.nodes.person");
        for (int i = 0; i < nodes.size(); i++) {
            Map<String, Object> named = (Map<String, Object>) nodes.get(i).get("named");
            Map<String, Object> dated = (Map<String, Object>) nodes.get(i).get("dated");
            Map<String, Object> slugged = (Map<String, Object>) ((Map<String, Object>) edges.get(i).get("node")).get("person");
            assertEquals(Set.of("name"), named.keySet(), "named: " + named);
            assertEquals(Set.of("title", "died", "homeworld"), dated.keySet(), "dated: " + dated);
            assertEquals(Set.of("slug", "homeworld"), slugged.keySet(), "through edges: " + slugged);
            assertEquals(alone.get(i).get("name"), named.get("name"));
            assertEquals(alone.get(i).get("title"), dated.get("title"));
            assertEquals(alone.get(i).get("died") == null ? null : ((Map<String, Object>) alone.get(i).get("died")).get("wording"),
                    dated.get("died") == null ? null : ((Map<String, Object>) dated.get("died")).get("wording"));
            assertEquals(alone.get(i).get("slug"), slugged.get("slug"));
        }
        assertTrue(nodes.stream().anyMatch(n -> ((Map<String, Object>) n.get("dated")).get("homeworld") != null), "a homeworld: " + nodes);
        assertTrue(edges.stream().anyMatch(e -> ((Map<String, Object>) ((Map<String, Object>) e.get("node")).get("person")).get("homeworld") != null),
                "a homeworld through edges: " + edges);
    }

    @Test
    void moreToOnesThanOneStatementJoinsAreJoinedUpToItsBoundAndLoadedBeyond() throws SQLException {
        Cost cost = statements.of("joins/members-many-to-ones", Map.of());
        String page = cost.queries().stream().filter(q -> q.contains("from membership t")).findFirst().orElse("");
        assertTrue(page.contains(" j12 on ") && !page.contains(" j13 on "), "twelve joins: " + cost.queries());
        assertTrue(cost.statements() > 1, "the rest by their loaders: " + cost.queries());
        List<Map<String, Object>> joined = answer("joins/members-many-to-ones", Map.of(), "data.faction.members.nodes");
        assertTrue(joined.size() >= 5, "the Maquis' members: " + joined);
        List<Map<String, Object>> alone = answer("joins/memberships-many-to-ones",
                Map.of("ids", joined.stream().map(m -> m.get("id")).toList()), "data.nodes");
        assertEquals(alone, joined);
    }

    /** The answer of an operation at this path, which must have no errors. */
    private static <A> A answer(String operation, Map<String, ?> variables, String path) {
        return GraphQL.run(operation, variables).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue())
                .extract().path(path);
    }
}
