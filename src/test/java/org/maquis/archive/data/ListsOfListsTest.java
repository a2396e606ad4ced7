package org.maquis.archive.data;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Statements;
import org.maquis.archive.support.Statements.Cost;

/**
 * Lists of lists, counted on the article's data: a list of parents, a page of children of each, and to-ones below
 * each child. The parents and the children of all of them are one statement, each parent's page cut inside
 * PostgreSQL ({@link ChildPages}), with every to-one the query selects below a child read in the same statement (a
 * membership's person, that person's species and homeworld, the homeworld's {@code locatedIn} and its own:
 * {@link JoinedToOnes}). So a list of parents with a page of children each and any chain of to-ones below is one
 * statement, whatever the rows and whatever the depth.
 */
@QuarkusTest
class ListsOfListsTest {

    private static final String FACTIONS = "{ factions(first: 20) { nodes { name members(first: %d) { nodes { role person { %s } } } } } }";

    @Inject
    AgroalDataSource database;

    @Test
    void aListOfParentsWithAPageOfChildrenAndAToOneBelowIsOneStatement() throws SQLException {
        Statements statements = Statements.counting(database);
        Cost cost = statements.of("mix/lists-of-lists", Map.of());
        assertEquals(1, cost.statements(), "the factions with every faction's members and their people: " + cost.queries());
        assertEquals(1, cost.queries().stream().filter(q -> q.contains(" person j1 ")).count(),
                "the people joined to the members' pages: " + cost.queries());
        List<String> maquis = GraphQL.run("mix/lists-of-lists").statusCode(200).body("errors", nullValue()).extract()
                .path("data.factions.nodes.find { it.name == 'Maquis' }.members.nodes.person.name");
        assertEquals(List.of("Marlena Moreau", "Sarek", "Kira", "Shakaar Edon", "Selok"), maquis, "the article's members");
    }

    /**
     * Below the joined person, each to-one the query selects is joined too, to any depth: still one statement, none
     * by a list of keys, on one page as on twenty. (Over a generated galaxy, where every person has a species and a
     * homeworld, mix/deep-to-ones costs the same one at both sizes: MixCostTest.)
     */
    @Test
    void everyToOneBelowTheJoinedOneIsReadWithThePage() throws SQLException {
        Statements statements = Statements.counting(database);
        Map<String, Integer> toOnes = Map.of("name species { name } homeworld { name }", 3,
                "name homeworld { name locatedIn { name locatedIn { name } } }", 4);
        for (var selection : toOnes.entrySet()) {
            for (int page : List.of(1, 20)) {
                Cost cost = statements.of(() -> GraphQL.post(Map.of("query", String.format(FACTIONS, page, selection.getKey())))
                        .statusCode(200).body("errors", nullValue()));
                String what = "members(first: " + page + ") { person { " + selection.getKey() + " } }: " + cost.queries();
                assertEquals(1, cost.statements(), what);
                String members = cost.queries().stream().filter(q -> q.contains(" person j1 ")).findFirst().orElse("");
                assertTrue(!members.isEmpty(), "the people joined to the members' pages: " + what);
                for (int join = 1; join <= selection.getValue(); join++) {
                    assertTrue(members.contains(" j" + join + " on "), "join " + join + " of " + what);
                }
                assertTrue(!members.contains(" j" + (selection.getValue() + 1) + " on "), "no more joins: " + what);
                assertEquals(0, cost.queries().stream().filter(q -> q.contains("t.id = any(")).count(), what);
            }
        }
    }
}
