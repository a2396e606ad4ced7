package org.maquis.archive.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.PersistedQueries;

/**
 * The allow list (`MAQUIS_ALLOW_LIST`), here the directory of the person tests' operations: those run, sent as text
 * or named by hash alone; anything else is PERSISTED_QUERY_NOT_ALLOWED before any SQL runs.
 */
@QuarkusTest
@TestProfile(AllowListTest.PersonOperations.class)
class AllowListTest {

    public static class PersonOperations implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("maquis.allow-list", "src/test/resources/graphql/person");
        }
    }

    @Inject
    AgroalDataSource database;

    @Test
    void aListedOperationRunsAsTextOrByHash() {
        GraphQL.expect("person/marlena-moreau", Map.of("slug", "marlena-moreau"));
        String text = GraphQL.read("graphql/person/marlena-moreau.graphql");
        GraphQL.post(Map.of("extensions", PersistedQueries.persisted(PersistedQueries.sha256(text)),
                "variables", Map.of("slug", "marlena-moreau"))).statusCode(200)
                .body("errors", nullValue()).body("data.person.name", equalTo("Marlena Moreau"));
        given().queryParam("extensions", "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \""
                + PersistedQueries.sha256(text) + "\"}}").queryParam("variables", "{\"slug\": \"marlena-moreau\"}")
                .when().get("/graphql").then().statusCode(200)
                .body("errors", nullValue()).body("data.person.name", equalTo("Marlena Moreau"));
    }

    @Test
    void anythingElseIsRefusedBeforeAnySql() throws SQLException {
        String other = "{ person(slug: \"marlena-moreau\") { name } }";
        sql("create extension if not exists pg_stat_statements");
        sql("select pg_stat_statements_reset()");
        given().contentType(ContentType.JSON).header("X-Request-Id", "not-allowed-1").body(Map.of("query", other))
                .post("/graphql").then().statusCode(200).header("X-Request-Id", "not-allowed-1").body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_ALLOWED"))
                .body("errors[0].extensions.requestId", equalTo("not-allowed-1"));
        GraphQL.post(Map.of("query", other, "extensions", PersistedQueries.persisted(PersistedQueries.sha256(other))))
                .statusCode(200).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_ALLOWED"));
        GraphQL.post(Map.of("extensions", PersistedQueries.persisted(PersistedQueries.sha256(other))), "application/graphql-response+json")
                .statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_ALLOWED"));
        String edit = GraphQL.read("graphql/editing/create-person.graphql");
        GraphQL.post(Map.of("query", edit, "variables", Map.of())).statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_ALLOWED"));
        assertEquals(0, count("select coalesce(sum(calls), 0) from pg_stat_statements"
                + " where dbid = (select oid from pg_database where datname = current_database())"
                + " and query not ilike '%pg_stat_statements%'"), "statements run for refused requests");
        // The same document, listed: the list holds the file's text exactly.
        GraphQL.run("person/id-by-slug", Map.of("slug", "marlena-moreau")).statusCode(200).body("errors", nullValue())
                .body("data.person.id", equalTo(org.maquis.archive.relay.GlobalId.encode("Person", 401)));
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private long count(String query) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
