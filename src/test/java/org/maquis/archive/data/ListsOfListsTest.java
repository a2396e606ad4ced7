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
 * each child. The parents are one statement; the children of all of them one more, each parent's page cut inside
 * PostgreSQL, with the to-one that the relation joins ({@code Relation.joining}: a membership's person) read in the
 * same statement. So a list of parents with a page of children each and a to-one below is two statements, whatever
 * the rows.
 *
 * <p>Not yet two whatever the depth of the to-ones: a to-one below the joined one (the person's species, homeworld,
 * and the homeworld's {@code locatedIn}) is read by its type's loader, one statement per field and level for every
 * row of the level at once (batched, never per row). Reading them with the page too would take a join per to-one
 * field the query selects below the joined row, each with its entity mapping ({@code JoinedToOne} maps one joined
 * entity per relation today, by a result set mapping declared on the entity); the bounds below are what the archive
 * costs now, so that none of these grows.
 */
@QuarkusTest
class ListsOfListsTest {

    private static final String FACTIONS = "{ factions(first: 20) { nodes { name members(first: %d) { nodes { role person { %s } } } } } }";

    @Inject
    AgroalDataSource database;

    @Test
    void aListOfParentsWithAPageOfChildrenAndAToOneBelowIsTwoStatements() throws SQLException {
        Statements statements = Statements.counting(database);
        Cost cost = statements.of("mix/lists-of-lists", Map.of());
        assertEquals(2, cost.statements(), "the factions, then every faction's members with their people: " + cost.queries());
        assertEquals(1, cost.queries().stream().filter(q -> q.contains("left join person j")).count(),
                "the people joined to the members' pages: " + cost.queries());
        List<String> maquis = GraphQL.run("mix/lists-of-lists").statusCode(200).body("errors", nullValue()).extract()
                .path("data.factions.nodes.find { it.name == 'Maquis' }.members.nodes.person.name");
        assertEquals(List.of("Marlena Moreau", "Sarek", "Kira", "Shakaar Edon", "Selok"), maquis, "the article's members");
    }

    /**
     * Below the joined person, at most one statement per to-one field (and per level), for the rows of every page at
     * once, by a list of keys: never one per row. (Fewer on the article's data when no row of a level points anywhere:
     * a null key costs no statement. Over a generated galaxy, where every person has a species and a homeworld,
     * mix/deep-to-ones costs exactly 4 at both sizes: MixCostTest.)
     */
    @Test
    void eachToOneBelowTheJoinedOneIsAtMostOneStatementForAllRows() throws SQLException {
        Statements statements = Statements.counting(database);
        Map<String, Integer> toOnes = Map.of("name species { name } homeworld { name }", 2,
                "name homeworld { name locatedIn { name locatedIn { name } } }", 3);
        for (var selection : toOnes.entrySet()) {
            for (int page : List.of(1, 20)) {
                Cost cost = statements.of(() -> GraphQL.post(Map.of("query", String.format(FACTIONS, page, selection.getKey())))
                        .statusCode(200).body("errors", nullValue()));
                String what = "members(first: " + page + ") { person { " + selection.getKey() + " } }: " + cost.queries();
                assertTrue(cost.statements() <= 2 + selection.getValue(), what);
                assertEquals(1, cost.queries().stream().filter(q -> q.contains("left join person j")).count(), what);
                assertEquals(cost.statements() - 2, cost.queries().stream().filter(q -> q.contains("t.id = any(")).count(), what);
            }
        }
    }
}
