package org.maquis.archive.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs the GraphQL operations kept under src/test/resources/graphql/, so that tests read like the API:
 * {@code GraphQL.run("person/by-slug", Map.of("slug", "sarek"))} posts graphql/person/by-slug.graphql, and
 * {@code GraphQL.expect("person/by-slug", vars)} also compares the answer with graphql/person/by-slug.json.
 */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse run(String operation, Map<String, ?> variables) {
        return post(Map.of("query", read("graphql/" + operation + ".graphql"), "variables", variables));
    }

    public static ValidatableResponse run(String operation) {
        return run(operation, Map.of());
    }

    /** Posts any body, as a client would; for tests of malformed requests. */
    public static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql").then();
    }

    /** Posts any body, accepting only the given media type. */
    public static ValidatableResponse post(Object body, String accept) {
        return given().contentType(ContentType.JSON).accept(accept).body(body).when().post("/graphql").then();
    }

    /**
     * Asserts an answer is clean: HTTP 200 and no errors. What an assertion of absence (`nullValue()`, `not(hasItem(...))`,
     * `empty()`) checks first, since a failed answer lacks whatever is asked of it too.
     */
    public static ValidatableResponse clean(ValidatableResponse answer) {
        return answer.statusCode(200).body("errors", nullValue());
    }

    /** Asserts a clean answer with data: no errors, and at least one root field that is not null. */
    public static ValidatableResponse answered(ValidatableResponse answer) {
        return clean(answer).body("data.findAll { it.value != null }.size()", greaterThan(0));
    }

    /** Asserts a clean answer whose field at {@code path} ("data.person") is there and null: an unknown slug, say. */
    public static ValidatableResponse nullAt(ValidatableResponse answer, String path) {
        int dot = path.lastIndexOf('.');
        return clean(answer).body(path.substring(0, dot), hasKey(path.substring(dot + 1))).body(path, nullValue());
    }

    /** Runs the operation and asserts the whole answer equals the .json file beside it. */
    public static void expect(String operation, Map<String, ?> variables) {
        String actual = run(operation, variables).statusCode(200).extract().asString();
        assertEquals(json(read("graphql/" + operation + ".json")), json(actual), operation);
    }

    public static void expect(String operation) {
        expect(operation, Map.of());
    }

    public static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    public static String read(String resource) {
        try (InputStream in = GraphQL.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
