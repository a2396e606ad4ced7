package org.maquis.archive.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/**
 * GraphQL over HTTP to the letter: graphql-http's server audit (src/test/audit) runs against this server and must
 * find no error and no warning; the points it checks that clients meet most are also tested here one by one.
 */
@QuarkusTest
class HttpTest {

    private static final String PERSON = "query Person($slug: String!) { person(slug: $slug) { name } }";

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void nullVariablesOperationNameAndExtensionsAreAbsentOnes() {
        GraphQL.post("{\"query\": \"{ person(slug: \\\"marlena-moreau\\\") { name } }\", \"variables\": null,"
                + " \"operationName\": null, \"extensions\": null}").statusCode(200)
                .body("errors", nullValue()).body("data.person.name", equalTo("Marlena Moreau"));
    }

    @Test
    void getServesQueriesWithVariablesAsJson() {
        given().queryParam("query", PERSON).queryParam("variables", "{\"slug\": \"marlena-moreau\"}")
                .queryParam("operationName", "Person")
                .when().get("/graphql").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("errors", nullValue()).body("data.person.name", equalTo("Marlena Moreau"));
    }

    @Test
    void getChecksWhatItRunsAsPostDoes() {
        given().queryParam("query", "{ nope }").accept("application/graphql-response+json")
                .when().get("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().queryParam("query", PERSON).queryParam("variables", "[1]")
                .when().get("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aMutationOverGetIsMethodNotAllowed() {
        given().queryParam("query", "mutation { forget }").when().get("/graphql").then().statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].message", containsString("POST"));
        given().queryParam("query", "query Q { __typename } mutation M { forget }").queryParam("operationName", "M")
                .when().get("/graphql").then().statusCode(405).header("Allow", "POST");
    }

    @Test
    void aWildcardOrNoAcceptGetsApplicationJson() {
        given().contentType(ContentType.JSON).accept("*/*").body("{\"query\": \"{ __typename }\"}")
                .when().post("/graphql").then().statusCode(200).contentType(startsWith("application/json"));
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body("{\"query\": \"{ __typename }\"}")
                .when().post("/graphql").then().statusCode(200)
                .contentType(startsWith("application/graphql-response+json"));
    }

    @Test
    void graphqlHttpAuditFindsNoErrorAndNoWarning() throws IOException, InterruptedException {
        Path audit = Path.of("src", "test", "audit");
        if (!Files.isDirectory(audit.resolve("node_modules").resolve("graphql-http"))) {
            run(audit, 300, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }
        String output = run(audit, 300, "node", "audit.mjs", endpoint.toString());
        JsonObject result = GraphQL.json(output).asJsonObject();
        System.out.println("[graphql-http audit] " + output);
        result.getJsonArray("failures").forEach(f -> System.out.println("[graphql-http audit] "
                + f.asJsonObject().getString("status") + ": " + f.asJsonObject().getString("name")));
        assertEquals(0, result.getInt("error"), output);
        assertEquals(0, result.getInt("warn"), output);
        assertEquals(result.getInt("total"), result.getInt("ok") + result.getInt("notice"), output);
        assertTrue(result.getInt("total") >= 61, "the audits run: " + result.getInt("total"));
    }

    /** Runs a command in the folder and answers what it printed; fails on a non-zero exit. */
    private static String run(Path folder, int seconds, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        String printed = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed: " + printed);
        return printed;
    }
}
