package org.maquis.archive.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maquis.archive.support.GraphQL;

/**
 * Every limit of a request (README's configuration table, defaults here) refuses with LIMIT_EXCEEDED, the limit and
 * the measured value, before any SQL runs.
 */
@QuarkusTest
class LimitsTest {

    @Inject
    AgroalDataSource database;

    record Over(String limit, String query, String message) {
        @Override
        public String toString() {
            return limit;
        }
    }

    static List<Over> overTheLimits() {
        return List.of(
                new Over("depth", "{ person(slug: \"x\") " + "{ spouses { nodes ".repeat(7) + "{ name }" + " } }".repeat(7) + " }",
                        "Depth 16 exceeds the limit 15."),
                new Over("aliases", "{ " + fields(31, i -> "a" + i + ": __typename") + " }", "Alias count 31 exceeds the limit 30."),
                new Over("root fields", "{ " + "__typename ".repeat(21) + "}", "Root field count 21 exceeds the limit 20."),
                new Over("tokens", "{ person(slug: \"x\") { " + "name ".repeat(2001) + "} }", "Token count 2011 exceeds the limit 2000."),
                new Over("document size", "{ __typename }" + " ".repeat(20_000), "Document size 20014 characters exceeds the limit 20000."),
                new Over("cost", "{ people(first: 100) { nodes { spouses(first: 100) { nodes { memberships(first: 100) {"
                        + " nodes { role } } } } } } }", "Cost 1010100 exceeds the limit 50000"),
                new Over("node ids", "{ nodes(ids: [" + fields(101, i -> "\"UGVyc29uOjE=\"") + "]) { id } }",
                        "`nodes(ids:)` with 101 ids exceeds the limit 100."));
    }

    private static String fields(int count, java.util.function.IntFunction<String> field) {
        return IntStream.range(0, count).mapToObj(field).collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @MethodSource("overTheLimits")
    void aRequestOverALimitIsRefusedWithTheLimitAndTheValueAndRunsNoSql(Over over) throws SQLException {
        assertEquals(0, statementsFor(() -> GraphQL.post(Map.of("query", over.query()), "application/json")
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString(over.message()))), "statements run for a refused request");
    }

    @Test
    void theSameCountersSeeTheStatementsOfAnAcceptedRequest() throws SQLException {
        assertTrue(statementsFor(() -> GraphQL.post(Map.of("query", "{ people(first: 2) { nodes { name } } }"))
                .statusCode(200).body("errors", nullValue())) > 0);
    }

    @Test
    void anOperationWithoutVariablesRefusedOnceIsRefusedAlikeAgainWithItsOwnRequestId() {
        String query = "{ people(first: 100) { nodes { spouses(first: 100) { nodes { memberships(first: 100) { nodes { id } } } } } } }";
        for (String requestId : List.of("limits-again-1", "limits-again-2")) {
            given().contentType(ContentType.JSON).accept("application/json").header("X-Request-Id", requestId)
                    .body(Map.of("query", query)).when().post("/graphql").then()
                    .statusCode(200)
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                    .body("errors[0].message", startsWith("Cost 1010100 exceeds the limit 50000"))
                    .body("errors[0].extensions.requestId", equalTo(requestId));
        }
    }

    @Test
    void aLimitIsAppliedToVariablesToo() {
        String query = "query($n: Int) { people(first: $n) { nodes { spouses(first: $n) { nodes { memberships(first: $n)"
                + " { nodes { role } } } } } } }";
        GraphQL.post(Map.of("query", query, "variables", Map.of("n", 40)), "application/graphql-response+json")
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("Cost 65640 exceeds the limit 50000"));
        GraphQL.post(Map.of("query", query, "variables", Map.of("n", 2))).statusCode(200).body("errors", nullValue())
                .body("data.people.nodes.size()", equalTo(2));
    }

    @Test
    void aBodyOverTheLimitIsLimitExceededNotABareStatus() {
        String body = "{\"query\": \"{ __typename }\", \"padding\": \"" + "x".repeat(100_000) + "\"}";
        given().contentType(ContentType.JSON).accept("application/json").body(body).when().post("/graphql").then()
                .statusCode(413)
                .contentType(containsString("application/json"))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", equalTo("Request body size " + body.length() + " bytes exceeds the limit 100000."));
    }

    @Test
    void aGetOverALimitIsRefusedAlike() {
        given().queryParam("query", "{ " + fields(31, i -> "a" + i + ": __typename") + " }").when().get("/graphql").then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", equalTo("Alias count 31 exceeds the limit 30."));
    }

    /** The statements PostgreSQL ran in this database while the request was answered. */
    private long statementsFor(Supplier<ValidatableResponse> request) throws SQLException {
        sql("create extension if not exists pg_stat_statements");
        sql("select pg_stat_statements_reset()");
        request.get();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select coalesce(sum(calls), 0) from pg_stat_statements"
                        + " where dbid = (select oid from pg_database where datname = current_database())"
                        + " and query not ilike '%pg_stat_statements%'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
