package org.maquis.archive.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/**
 * A POST body is read as UTF-8, which JSON is: `Content-Type: application/json` with no charset or `charset=utf-8`
 * (any case, quoted or not; GraphiQL sends the header twice). Any other charset, one Java knows or not, is HTTP 415
 * with a GraphQL error, not an HTTP 500 (`bogus`), an error without a code (`utf-16`) or a body read as if it were
 * UTF-8 (`latin1`). The bytes go out exactly as the HTTP client writes them (java.net.http, not rest-assured, which
 * adds a charset of its own).
 */
@QuarkusTest
class CharsetTest {

    /** Letters outside ASCII, so that a body decoded with any other charset reads differently. */
    static final String ID = "Mélisande-Ĳssel-Ωmega";

    @TestHTTPResource("/graphql")
    URI endpoint;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void utf8InEveryFormIsReadAsUtf8() throws Exception {
        List<List<String>> forms = List.of(List.of("application/json"), List.of("application/json; charset=utf-8"),
                List.of("application/json;charset=UTF-8"), List.of("application/json; charset=\"utf-8\""),
                List.of("Application/JSON; Charset=Utf-8"), List.of("application/json, application/json"),
                List.of("application/json; charset=utf-8, application/json"), // SmallRye read "utf-8, application/json"
                List.of("application/json", "application/json; charset=UTF-8"));
        for (List<String> types : forms) {
            HttpResponse<String> answer = post(types, node(ID), StandardCharsets.UTF_8);
            assertEquals(200, answer.statusCode(), types + ": " + answer.body());
            JsonObject error = GraphQL.json(answer.body()).asJsonObject().getJsonArray("errors").getJsonObject(0);
            // The resolver itself names the id it was given: decoded as sent, through RequestCheck and SmallRye.
            assertTrue(error.getString("message").contains("`" + ID + "`"), types + ": " + answer.body());
            assertEquals("BAD_USER_INPUT", error.getJsonObject("extensions").getString("code"), types.toString());
            HttpResponse<String> person = post(types, GraphQL.read("graphql/errors/person-by-slug.graphql"),
                    Map.of("slug", "marlena-moreau"));
            assertEquals(200, person.statusCode(), types.toString());
            assertEquals("{\"data\":{\"person\":{\"name\":\"Marlena Moreau\"}}}", person.body(), types.toString());
        }
    }

    @Test
    void anyOtherCharsetIsRefusedWith415() throws Exception {
        Map<String, Charset> named = Map.of("latin1", StandardCharsets.ISO_8859_1, "iso-8859-1", StandardCharsets.ISO_8859_1,
                "utf-16", StandardCharsets.UTF_16, "UTF-16LE", StandardCharsets.UTF_16LE, "us-ascii", StandardCharsets.US_ASCII);
        for (Map.Entry<String, Charset> charset : named.entrySet()) {
            // The body in the charset named, as a client would send it: still refused.
            refused(post(List.of("application/json; charset=" + charset.getKey()), node(ID), charset.getValue()),
                    "`charset=" + charset.getKey() + "`");
        }
        for (String type : List.of("application/json; charset=bogus", "application/json; charset=\"latin1\"",
                "application/json; charset=", "application/json; charset", "application/json; charset=utf8",
                "application/json; charset=utf-8; charset=latin1", "application/json, application/json; charset=utf-16",
                "application/json; charset=\"utf-8, application/json\"")) {
            refused(post(List.of(type), node(ID), StandardCharsets.UTF_8), "Content-Type: " + type);
        }
        refused(post(List.of("application/json", "application/json; charset=latin1"), node(ID), StandardCharsets.UTF_8),
                "a second header");
        // A charset that could carry anything into the answer is not repeated there.
        HttpResponse<String> odd = post(List.of("application/json; charset=x<script>"), node(ID), StandardCharsets.UTF_8);
        refused(odd, "another charset");
    }

    @Test
    void aGetHasNoBodySoItsContentTypeIsIgnored() {
        for (String type : List.of("application/json; charset=bogus", "application/json; charset=utf-16", "text/plain")) {
            given().header("Content-Type", type).queryParam("query", GraphQL.read("graphql/errors/person-by-slug.graphql"))
                    .queryParam("variables", "{\"slug\": \"marlena-moreau\"}").when().get("/graphql").then()
                    .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue())
                    .body("data.person.name", equalTo("Marlena Moreau"));
        }
    }

    private static void refused(HttpResponse<String> answer, String named) {
        assertEquals(415, answer.statusCode(), named + ": " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), named);
        JsonObject body = GraphQL.json(answer.body()).asJsonObject();
        assertEquals(1, body.size(), "errors only: " + answer.body());
        JsonObject error = body.getJsonArray("errors").getJsonObject(0);
        assertEquals("BAD_USER_INPUT", error.getJsonObject("extensions").getString("code"), named);
        assertEquals(answer.headers().firstValue("X-Request-Id").orElseThrow(),
                error.getJsonObject("extensions").getString("requestId"), named);
        String message = error.getString("message");
        assertTrue(message.startsWith("The request body must be UTF-8"), message);
        if (named.startsWith("`")) {
            assertTrue(message.contains(named), named + ": " + message);
        }
        assertTrue(!message.contains("<script>") && !message.contains("Exception"), message);
    }

    private static String node(String id) {
        return "{\"query\": " + quoted(GraphQL.read("graphql/node/node.graphql")) + ", \"variables\": {\"id\": " + quoted(id) + "}}";
    }

    private HttpResponse<String> post(List<String> types, String query, Map<String, String> variables)
            throws IOException, InterruptedException {
        StringBuilder vars = new StringBuilder();
        variables.forEach((k, v) -> vars.append(vars.isEmpty() ? "" : ", ").append(quoted(k)).append(": ").append(quoted(v)));
        return post(types, "{\"query\": " + quoted(query) + ", \"variables\": {" + vars + "}}", StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(List<String> types, String body, Charset charset) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(charset)));
        types.forEach(type -> request.header("Content-Type", type));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String quoted(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
