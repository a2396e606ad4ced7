package org.maquis.archive.engine;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.maquis.archive.engine.Loaders;
import org.maquis.archive.support.GraphQL;

/**
 * Faction.headquarters resolves one faction at a time through {@link Loaders}: its DataLoader exists only in the
 * requests that select the field, graphql-java dispatches it once per level (one statement for every faction of the
 * level, whichever root field they come from), and its failures keep their codes. No request may hang: each test
 * has a time limit. The factions are read by their ids ({@code nodes}): under a page the headquarters would be
 * joined into the page's statement (data/JoinedToOnesTest) and primed into the same loader, with no batch of its own.
 */
@QuarkusTest
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoadersServerTest {

    static final String FACTIONS = "query($ids: [ID!]!) { factions: nodes(ids: $ids) { ... on Faction { slug } } }";
    static final String FACTIONS_HQ = "query($ids: [ID!]!) { factions: nodes(ids: $ids) { ... on Faction { slug headquarters { slug } } } }";
    /** Two root fields whose factions sit at the same level, plus one faction, read by id too. */
    static final String TWICE_HQ = "query($ids: [ID!]!, $maquis: ID!) { a: nodes(ids: $ids) { ... on Faction { headquarters { slug } } }"
            + " b: nodes(ids: $ids) { ... on Faction { headquarters { name } } }"
            + " maquis: node(id: $maquis) { ... on Faction { headquarters { slug } } } }";
    static final String TWICE = "query($ids: [ID!]!, $maquis: ID!) { a: nodes(ids: $ids) { ... on Faction { slug } }"
            + " b: nodes(ids: $ids) { ... on Faction { name } } maquis: node(id: $maquis) { ... on Faction { slug } } }";

    @Inject
    AgroalDataSource database;

    @Test
    void aLoaderIsCreatedOnlyByARequestThatSelectsItsField() {
        long before = Loaders.created();
        post(FACTIONS).body("errors", nullValue()).body("data.factions.slug", hasItem("maquis"));
        post("{ __typename }").body("errors", nullValue()).body("data.__typename", equalTo("Query"));
        assertEquals(before, Loaders.created(), "no loader for requests that do not select headquarters");
        post(TWICE_HQ).body("errors", nullValue()).body("data.maquis.headquarters.slug", equalTo("badlands"));
        assertEquals(before + 1, Loaders.created(), "one loader for a request that selects it three times");
    }

    @Test
    void everyFactionOfALevelCostsOneStatementTogether() throws SQLException {
        sql("create extension if not exists pg_stat_statements");
        // Sixty more factions, each with a headquarters of its own.
        sql("insert into place (id, slug, name, universe, kind, description) select 200000 + g,"
                + " 'loader-place-' || g, 'Loader place ' || g, 'MIRROR', 'PLANET', 'Synthetic.' from generate_series(1, 60) g;"
                + " insert into faction (id, slug, name, universe, kind, description, headquarters_id) select 200000 + g,"
                + " 'loader-faction-' || g, 'Loader faction ' || g, 'MIRROR', 'RESISTANCE', 'Synthetic.', 200000 + g"
                + " from generate_series(1, 60) g");
        try {
            assertTrue(scalar("select count(distinct headquarters_id) from faction") > 60);
            long without = statementsFor(FACTIONS);
            long with = statementsFor(FACTIONS_HQ);
            assertEquals(without + 1, with, "headquarters of every faction: one statement");
            int hq = post(FACTIONS_HQ).extract().path("data.factions.findAll { it.headquarters != null }.size()");
            assertTrue(hq > 60, "over sixty headquarters answered, was " + hq);
            // Every faction twice (a, b) and one more (maquis), all at one level: at most one statement per level.
            long twice = statementsFor(TWICE_HQ);
            long roots = statementsFor(TWICE);
            assertTrue(twice > roots && twice <= roots + 2, "two levels of headquarters: one or two statements, was "
                    + (twice - roots));
        } finally {
            // Their history too: tests that run later (event/EventLinksTest) assert that history is empty.
            sql("delete from faction where id > 200000 and id <= 200060; delete from place where id > 200000 and id <= 200060;"
                    + " delete from change where node_type in ('Faction', 'Place') and node_id > 200000 and node_id <= 200060");
        }
    }

    @Test
    void theAnswersAreEachFactionsOwn() throws SQLException {
        List<String> slugs = post(FACTIONS_HQ).body("errors", nullValue()).extract()
                .path("data.factions.findAll { it.headquarters != null }.headquarters.slug");
        assertEquals(scalar("select count(*) from faction where headquarters_id is not null"), slugs.size());
        post("{ faction(slug: \"maquis\") { headquarters { slug } } }")
                .body("data.faction.headquarters.slug", equalTo(scalarText(
                        "select p.slug from faction f join place p on p.id = f.headquarters_id where f.slug = 'maquis'")));
    }

    @Test
    void aFailureInTheBatchIsInternalWithNoDetailAndTheRestAnswers() throws SQLException {
        sql("alter table place rename to place_away");
        try {
            post(FACTIONS_HQ)
                    .body("errors[0].extensions.code", equalTo("INTERNAL"))
                    .body("errors[0].message", containsString("incident"))
                    .body("errors[0].path", notNullValue())
                    .body("data.factions[0].slug", notNullValue())
                    .body(not(containsString("place_away")))
                    .body(not(containsString("org.maquis")))
                    .body(not(containsString("java.")));
        } finally {
            sql("alter table place_away rename to place");
        }
    }

    /** The query, with every faction's id as {@code $ids} and the Maquis' as {@code $maquis} where it declares them. */
    private static ValidatableResponse post(String query) {
        return post(query, variables(query));
    }

    private static ValidatableResponse post(String query, Map<String, Object> variables) {
        return GraphQL.post(Map.of("query", query, "variables", variables)).statusCode(200);
    }

    private static Map<String, Object> variables(String query) {
        Map<String, Object> variables = new java.util.HashMap<>();
        if (query.contains("$ids")) {
            variables.put("ids", GraphQL.post(Map.of("query", "{ factions(first: 100) { nodes { id } } }")).statusCode(200)
                    .extract().path("data.factions.nodes.id"));
        }
        if (query.contains("$maquis")) {
            variables.put("maquis", GraphQL.post(Map.of("query", "{ faction(slug: \"maquis\") { id } }")).statusCode(200)
                    .extract().path("data.faction.id"));
        }
        return variables;
    }

    private long statementsFor(String query) throws SQLException {
        Map<String, Object> variables = variables(query);
        sql("select pg_stat_statements_reset()");
        GraphQL.answered(post(query, variables));
        return scalar("select coalesce(sum(calls), 0) from pg_stat_statements"
                + " where dbid = (select oid from pg_database where datname = current_database())"
                + " and query not ilike '%pg_stat_statements%'");
    }

    private long scalar(String query) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private String scalarText(String query) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }

    private void sql(String statements) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }
}
