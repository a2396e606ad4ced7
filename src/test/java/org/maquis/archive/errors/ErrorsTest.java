package org.maquis.archive.errors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maquis.archive.support.GraphQL;

/** Bad input always gives a coded error, never an HTTP 500, a stack trace, a Java class name or SQL. */
@QuarkusTest
class ErrorsTest {

    @Inject
    AgroalDataSource database;

    @Test
    void anUnknownSlugIsNull() {
        GraphQL.nullAt(GraphQL.run("errors/person-by-slug", Map.of("slug", "jean-luc-picard")), "data.person");
    }

    @Test
    void aMalformedCursorIsBadUserInput() {
        clean(GraphQL.run("paging/people-after", Map.of("after", "bm90IGEgY3Vyc29y")).statusCode(200))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("not a valid cursor"));
    }

    @Test
    void aPageOverTheMaximumIsBadUserInputNotASilentCut() {
        clean(GraphQL.run("paging/people-first", Map.of("first", 101)).statusCode(200))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("at most 100"));
    }

    @Test
    void aNestedPageOverTheMaximumIsBadUserInput() {
        clean(GraphQL.run("errors/nested-page", Map.of("first", 1000)).statusCode(200))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void firstAndLastTogetherAreBadUserInput() {
        clean(GraphQL.run("errors/first-and-last").statusCode(200))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void anEmptySearchIsBadUserInput() {
        clean(GraphQL.run("search/search", Map.of("query", "  ")).statusCode(200))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"query\": ",
        "[]",
        "{\"query\": 5}",
        "{\"query\": \"\"}",
        "{\"query\": \"{ __typename }\", \"operationName\": 7}",
        "{\"query\": \"{ __typename }\", \"variables\": \"x\"}",
        "{\"query\": \"{ __typename }\", \"variables\": [1]}",
        "{\"query\": \"{ __typename }\", \"extensions\": 3}"})
    void aMalformedRequestIsBadUserInputWithHttp400(String body) {
        clean(GraphQL.post(body).statusCode(400)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{ nope }", "{", "query { person { name } }", "query A { __typename } query B { __typename }"})
    void aDocumentThatCannotRunIsBadUserInputWithTheStatusTheAcceptedTypeCalls(String query) {
        // GraphQL-over-HTTP: 200 for application/json, 400 for application/graphql-response+json.
        clean(GraphQL.post(Map.of("query", query), "application/json").statusCode(200))
                .contentType(containsString("application/json"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        clean(GraphQL.post(Map.of("query", query), "application/graphql-response+json").statusCode(400))
                .contentType(containsString("application/graphql-response+json"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"slug\": null}", "{\"slug\": 7, \"first\": \"many\"}", "{\"slug\": [\"a\"]}"})
    void variablesThatDoNotFitTheOperationAreBadUserInput(String variables) {
        String query = "query Person($slug: String!, $first: Int) { person(slug: $slug) { name spouses(first: $first) { totalCount } } }";
        clean(GraphQL.post("{\"query\": \"" + query.replace("\"", "\\\"") + "\", \"variables\": " + variables + "}",
                "application/json").statusCode(200))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void anOperationNameThatNamesNothingIsBadUserInput() {
        clean(GraphQL.post(Map.of("query", "query A { __typename }", "operationName", "B"), "application/json")
                .statusCode(200))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("no operation named `B`"));
    }

    @Test
    void aServerSideFailureIsInternalWithNoDetail() throws SQLException {
        sql("alter table species rename to species_away");
        try {
            clean(GraphQL.run("errors/maquis-species").statusCode(200))
                    .body("errors[0].extensions.code", equalTo("INTERNAL"))
                    .body("errors[0].message", containsString("incident"))
                    .body(not(containsString("species_away")));
        } finally {
            sql("alter table species_away rename to species");
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** No response leaks how the server is built. */
    private static ValidatableResponse clean(ValidatableResponse response) {
        return response
                .body(not(containsString("org.maquis")))
                .body(not(containsString("java.")))
                .body(not(containsString("Exception")))
                .body(not(containsString("select ")))
                .body(not(containsString("\tat ")));
    }
}
