package org.maquis.archive.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.PersistedQueries;

/**
 * What an operator and a browser front-end see: health, metrics, request ids, CORS. The metrics' operation labels
 * are bounded (the first names seen get their own), so this class runs an app of its own, where no other test's
 * operations have used the bound up, and counts per operation before it fills the bound on purpose.
 */
@QuarkusTest
@TestProfile(OperationsTest.OwnMetrics.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsTest {

    /** The bound the assertions below count on, in an app started for this class. */
    public static class OwnMetrics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("maquis.metrics.operation-names", "100");
        }
    }

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String FRONT = "https://front.maquis.test";

    @Test
    void livenessAndReadinessAreUpWithTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }

    @Test
    @Order(1)
    void requestsAndErrorsAreCountedPerOperationAndCode() {
        Map<String, Double> before = metrics();
        GraphQL.run("errors/person-by-slug", Map.of("slug", "marlena-moreau")).statusCode(200).body("errors", nullValue())
                .body("data.person.name", equalTo("Marlena Moreau"));
        GraphQL.run("errors/person-by-slug", Map.of("slug", "sarek")).statusCode(200).body("errors", nullValue())
                .body("data.person.name", equalTo("Sarek"));
        GraphQL.post(Map.of("query", "query MetricsBadNode { node(id: \"nonsense\") { id } }")).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post(Map.of("query", "{ node(id: ")).statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        Map<String, Double> after = metrics();

        assertEquals(2, delta(before, after, "maquis_graphql_requests_seconds_count{operation=\"PersonBySlug\",outcome=\"ok\"}"));
        assertEquals(1, delta(before, after, "maquis_graphql_requests_seconds_count{operation=\"MetricsBadNode\",outcome=\"error\"}"));
        assertEquals(1, delta(before, after, "maquis_graphql_errors_total{code=\"BAD_USER_INPUT\",operation=\"MetricsBadNode\"}"));
        // A document that does not parse is refused before any operation runs.
        assertEquals(1, delta(before, after, "maquis_graphql_errors_total{code=\"BAD_USER_INPUT\",operation=\"(none)\"}"));
        assertTrue(after.get("maquis_graphql_requests_seconds_sum{operation=\"PersonBySlug\",outcome=\"ok\"}") > 0);
        assertTrue(after.containsKey("maquis_graphql_requests_seconds_bucket{operation=\"PersonBySlug\",outcome=\"ok\",le=\"0.1\"}"));
    }

    /**
     * A GET that runs is measured as a POST is (its reroute cleared the handler that measures it), and persisted-query
     * misses and refusals are counted under their own codes, not INTERNAL.
     */
    @Test
    @Order(1)
    void getsAndPersistedQueryMissesAreCountedAsWhatTheyAre() {
        Map<String, Double> before = metrics();
        given().queryParam("query", "query MetricsOverGet { __typename }").get("/graphql").then().statusCode(200)
                .body("errors", nullValue()).body("data.__typename", equalTo("Query"));
        given().queryParam("query", "query MetricsOverGetFailing { node(id: \"nonsense\") { id } }").get("/graphql").then()
                .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post(Map.of("extensions", PersistedQueries.persisted(PersistedQueries.sha256("{ __typename } # "
                + System.nanoTime())))).statusCode(200).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        Map<String, Double> after = metrics();

        assertEquals(1, delta(before, after, "maquis_graphql_requests_seconds_count{operation=\"MetricsOverGet\",outcome=\"ok\"}"));
        assertEquals(1, delta(before, after,
                "maquis_graphql_errors_total{code=\"BAD_USER_INPUT\",operation=\"MetricsOverGetFailing\"}"));
        assertEquals(1, delta(before, after,
                "maquis_graphql_errors_total{code=\"PERSISTED_QUERY_NOT_FOUND\",operation=\"(none)\"}"));
        assertEquals(0, after.getOrDefault("maquis_graphql_errors_total{code=\"INTERNAL\",operation=\"(none)\"}", 0.0)
                - before.getOrDefault("maquis_graphql_errors_total{code=\"INTERNAL\",operation=\"(none)\"}", 0.0));
    }

    @Test
    @Order(2)
    void operationNamesBeyondTheBoundShareOneLabel() {
        Map<String, Double> before = metrics();
        for (int i = 0; i < 120; i++) {
            GraphQL.post(Map.of("query", "query Many" + i + "_" + System.nanoTime() + " { __typename }")).statusCode(200);
        }
        Map<String, Double> after = metrics();
        Set<String> operations = new HashSet<>();
        Matcher m = Pattern.compile("operation=\"([^\"]*)\"").matcher(String.join("\n", after.keySet()));
        while (m.find()) {
            operations.add(m.group(1));
        }
        // 100 names (application.properties) and the three parenthesised labels at most.
        assertTrue(operations.size() <= 103, operations.size() + " operation labels: " + operations);
        assertTrue(delta(before, after, "maquis_graphql_requests_seconds_count{operation=\"(other)\",outcome=\"ok\"}") >= 20);
    }

    @Test
    void everyResponseAndErrorCarriesTheRequestId() {
        // The caller's id is kept when sane,
        given().contentType(ContentType.JSON).header("X-Request-Id", "front-42.a:b_c")
                .body(Map.of("query", "{ node(id: \"nonsense\") { id } }")).post("/graphql").then()
                .header("X-Request-Id", "front-42.a:b_c")
                .body("errors[0].extensions.requestId", equalTo("front-42.a:b_c"))
                .body("errors[0].extensions.keySet()", equalTo(Set.of("code", "requestId")));
        // errors refused before execution carry it too,
        given().contentType(ContentType.JSON).header("X-Request-Id", "refused-1")
                .body(Map.of("query", "{ nothing }")).post("/graphql").then()
                .header("X-Request-Id", "refused-1")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.requestId", equalTo("refused-1"));
        // else it is made up: none given, or one that could forge a log line.
        String made = given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }")).post("/graphql").then()
                .statusCode(200).header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
        given().contentType(ContentType.JSON).header("X-Request-Id", "x".repeat(65))
                .body(Map.of("query", "{ __typename }")).post("/graphql").then()
                .header("X-Request-Id", matchesPattern(UUID)).header("X-Request-Id", not(equalTo(made)));
        given().contentType(ContentType.JSON).header("X-Request-Id", "a b\"c")
                .body(Map.of("query", "{ __typename }")).post("/graphql").then()
                .header("X-Request-Id", matchesPattern(UUID));
        given().get("/q/health/live").then().header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void aFrontEndOfAConfiguredOriginMayCallTheApi() {
        given().header("Origin", FRONT).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .options("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONT)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        given().header("Origin", FRONT).contentType(ContentType.JSON).body(Map.of("query", "{ __typename }"))
                .post("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONT)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void anotherOriginIsNotAllowed() {
        ValidatableResponse preflight = given().header("Origin", "https://elsewhere.test")
                .header("Access-Control-Request-Method", "POST").options("/graphql").then();
        // Refused, not merely answered without the header (Quarkus' CORS filter: 403 for an origin not allowed).
        preflight.statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.test").contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename }")).post("/graphql").then()
                .statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    /** Each sample of /q/metrics, by its name and labels. */
    private static Map<String, Double> metrics() {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> samples = new java.util.HashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("maquis_graphql_")) {
                int space = line.lastIndexOf(' ');
                samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return samples;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String sample) {
        assertTrue(after.containsKey(sample), "no sample " + sample + " in " + after.keySet());
        return after.get(sample) - before.getOrDefault(sample, 0.0);
    }
}
