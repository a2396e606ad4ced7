package org.maquis.archive.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.maquis.archive.support.PersistedQueries.persisted;
import static org.maquis.archive.support.PersistedQueries.sha256;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/**
 * Automatic persisted queries as Apollo's clients speak them: a hash the server does not know is
 * PERSISTED_QUERY_NOT_FOUND, the text sent with its hash is checked and kept, and the hash alone then runs it, over
 * POST and GET alike.
 */
@QuarkusTest
class PersistedQueriesTest {

    @Test
    void anUnknownHashIsNotFoundThenTheTextWithItsHashRunsAndIsKept() {
        String query = "query Apq($slug: String!) { person(slug: $slug) { name } } # " + System.nanoTime();
        String hash = sha256(query);
        Map<String, String> variables = Map.of("slug", "marlena-moreau");
        GraphQL.post(Map.of("extensions", persisted(hash), "variables", variables)).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        GraphQL.post(Map.of("query", query, "extensions", persisted(hash), "variables", variables)).statusCode(200)
                .body("errors", nullValue()).body("data.person.name", equalTo("Marlena Moreau"));
        GraphQL.post(Map.of("extensions", persisted(hash.toUpperCase()), "variables", Map.of("slug", "sarek"))).statusCode(200)
                .body("errors", nullValue()).body("data.person.name", equalTo("Sarek"));
    }

    @Test
    void getNamesADocumentByHashToo() {
        String query = "{ faction(slug: \"maquis\") { name } } # " + System.nanoTime();
        String extensions = "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + sha256(query) + "\"}}";
        given().queryParam("extensions", extensions).when().get("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().queryParam("query", query).queryParam("extensions", extensions).when().get("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.faction.name", equalTo("Maquis"));
        given().queryParam("extensions", extensions).when().get("/graphql").then().statusCode(200)
                .body("errors", nullValue()).body("data.faction.name", equalTo("Maquis"));
    }

    @Test
    void aHashThatIsNotTheTextsIsRefusedAndKeepsNothing() {
        String query = "{ person(slug: \"sarek\") { name } } # " + System.nanoTime();
        String other = sha256(query + " ");
        GraphQL.post(Map.of("query", query, "extensions", persisted(other))).statusCode(200)
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("`extensions.persistedQuery.sha256Hash` is not the SHA-256 of `query`."));
        GraphQL.post(Map.of("extensions", persisted(other))).statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aDocumentThatDoesNotValidateIsNotKept() {
        String query = "{ nobody { name } } # " + System.nanoTime();
        GraphQL.post(Map.of("query", query, "extensions", persisted(sha256(query)))).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post(Map.of("extensions", persisted(sha256(query)))).statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aMalformedExtensionIsBadUserInput() {
        String hash = sha256("{ __typename }");
        for (Object extension : new Object[] {"yes", Map.of("version", 2, "sha256Hash", hash), Map.of("sha256Hash", hash),
            Map.of("version", 1, "sha256Hash", "abc"), Map.of("version", 1, "sha256Hash", 7),
            Map.of("version", 1, "sha256Hash", "g".repeat(64))}) {
            given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                    .body(Map.of("extensions", Map.of("persistedQuery", extension)))
                    .when().post("/graphql").then().statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
        GraphQL.post("{\"extensions\": {\"persistedQuery\": null}}").statusCode(400)
                .body("errors[0].message", equalTo("`query` must be a non-empty string."));
    }
}
