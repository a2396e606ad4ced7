package org.maquis.archive.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.PersistedQueries;

/**
 * Every response of the GraphQL endpoint carries `X-Request-Id`, whatever it answers: a success over POST or GET
 * (a GET is handed on as a POST by a reroute, which clears the response's headers), and every refusal the server
 * gives, before execution or during it. The caller's id is echoed, and each error's `extensions.requestId` is it.
 * (A request line over the limit is answered 414 by the HTTP codec itself, before any handler: README says so.)
 */
@QuarkusTest
class RequestIdsTest {

    private static final AtomicInteger SENT = new AtomicInteger();

    @Test
    void aSuccessOverPostOrGetCarriesIt() {
        String person = GraphQL.read("graphql/errors/person-by-slug.graphql");
        answer(r -> r.contentType(ContentType.JSON).body(Map.of("query", person, "variables", Map.of("slug", "sarek")))
                .post("/graphql"), 200).body("errors", nullValue()).body("data.person.name", equalTo("Sarek"));
        answer(r -> r.queryParam("query", person).queryParam("variables", "{\"slug\": \"sarek\"}").get("/graphql"), 200)
                .body("errors", nullValue()).body("data.person.name", equalTo("Sarek"));
        // A persisted query named by hash alone, over GET once the text was sent.
        String text = "{ faction(slug: \"maquis\") { name } } # request ids " + System.nanoTime();
        String hash = PersistedQueries.sha256(text);
        GraphQL.post(Map.of("query", text, "extensions", PersistedQueries.persisted(hash))).statusCode(200)
                .body("errors", nullValue());
        answer(r -> r.queryParam("extensions", "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}")
                .get("/graphql"), 200).body("errors", nullValue()).body("data.faction.name", equalTo("Maquis"));
    }

    @Test
    void everyRefusalCarriesIt() {
        refusal(r -> r.queryParam("query", "mutation { deleteRecord(input: {id: \"x\", version: 1}) { userErrors { code } } }")
                .get("/graphql"), 405, "BAD_USER_INPUT");
        refusal(r -> r.queryParam("query", "{ __typename }").queryParam("query", "{ __typename }").get("/graphql"), 400,
                "BAD_USER_INPUT");
        refusal(r -> r.contentType(ContentType.JSON).body("[1, 2]").post("/graphql"), 400, "BAD_USER_INPUT");
        refusal(r -> r.contentType(ContentType.TEXT).body("{ __typename }").post("/graphql"), 400, "BAD_USER_INPUT");
        refusal(r -> r.contentType(ContentType.JSON).body("{\"query\": \"" + "x".repeat(120_000) + "\"}").post("/graphql"), 413,
                "LIMIT_EXCEEDED");
        refusal(r -> r.header("Content-Type", "application/json; charset=latin1").body("{\"query\": \"{ __typename }\"}".getBytes())
                .post("/graphql"), 415, "BAD_USER_INPUT");
        refusal(r -> r.contentType(ContentType.JSON).body(Map.of("query", "{ nothing }")).post("/graphql"), 200, "BAD_USER_INPUT");
        refusal(r -> r.queryParam("query", "{ nothing }").get("/graphql"), 200, "BAD_USER_INPUT");
        refusal(r -> r.contentType(ContentType.JSON).body(Map.of("query", "{ people(first: 100) { nodes { spouses(first: 100) "
                + "{ nodes { spouses(first: 100) { nodes { name } } } } } } }")).post("/graphql"), 200, "LIMIT_EXCEEDED");
        refusal(r -> r.contentType(ContentType.JSON).body(Map.of("extensions", PersistedQueries.persisted(
                PersistedQueries.sha256("{ unknown } # " + System.nanoTime())))).post("/graphql"), 200,
                "PERSISTED_QUERY_NOT_FOUND");
    }

    @Test
    void errorsDuringExecutionCarryIt() {
        refusal(r -> r.contentType(ContentType.JSON).body(Map.of("query", GraphQL.read("graphql/node/node.graphql"),
                "variables", Map.of("id", "nonsense"))).post("/graphql"), 200, "BAD_USER_INPUT");
        refusal(r -> r.queryParam("query", GraphQL.read("graphql/node/node.graphql")).queryParam("variables", "{\"id\": \"nonsense\"}")
                .get("/graphql"), 200, "BAD_USER_INPUT");
        refusal(r -> r.contentType(ContentType.JSON).body(Map.of("query", GraphQL.read("graphql/editing/create-person.graphql"),
                "variables", Map.of("input", Map.of("name", "Nobody", "universe", "MIRROR", "description", "d")))).post("/graphql"),
                200, "UNAUTHENTICATED");
        refusal(r -> r.header("Authorization", "Bearer " + Archivist.token("reader")).contentType(ContentType.JSON)
                .body(Map.of("query", GraphQL.read("graphql/editing/create-person.graphql"),
                        "variables", Map.of("input", Map.of("name", "Nobody", "universe", "MIRROR", "description", "d"))))
                .post("/graphql"), 200, "FORBIDDEN");
    }

    /** Sends a request with an id of its own; the answer has that status and echoes the id in its header. */
    private static ValidatableResponse answer(Function<RequestSpecification, io.restassured.response.Response> send, int status) {
        String id = "kind-" + SENT.incrementAndGet();
        ValidatableResponse answer = send.apply(given().header("X-Request-Id", id)).then();
        return answer.statusCode(status).header("X-Request-Id", equalTo(id));
    }

    /** As {@link #answer}, and its first error has this code and the request's id. */
    private static void refusal(Function<RequestSpecification, io.restassured.response.Response> send, int status, String code) {
        ValidatableResponse answer = answer(send, status);
        String id = answer.extract().header("X-Request-Id");
        answer.body("errors[0].extensions.code", equalTo(code)).body("errors[0].extensions.requestId", equalTo(id))
                .body("errors[0].message", notNullValue());
    }
}
