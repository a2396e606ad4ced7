package org.maquis.archive.input;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.InputPositions.Position;
import org.maquis.archive.support.InputPositions;

/**
 * The boundary, generated from the served schema: every `String`, `ID` and `Date` argument and input field of every
 * root field, at any depth of input objects and lists, given text PostgreSQL cannot store (NUL, unpaired surrogates)
 * and dates that are no dates or outside the archive's years, as a literal and as a variable, is refused before
 * anything runs: BAD_USER_INPUT, naming the value's path, in the API's words (no Java, nothing INTERNAL).
 */
@QuarkusTest
class BoundaryTest {

    /** What an answer must not hold: Java's names, graphql-java's syntax tree or classifications, a server failure. */
    static final Pattern LEAK = Pattern.compile(String.join("|", "org\\.maquis", "\\bjava\\.", "Exception", "\\$Create",
            "NullValueInNonNullableField", "Value\\{", "classification", "SRGQL", "Unknown Scalar", "LinkedHashMap",
            "BigDecimal", "'Integer'", "INTERNAL", "System error", "\\tat "));

    private static final List<String> TEXT = List.of("a\u0000b", "\ud800", "marlena\udfff");
    private static final List<String> DATES = List.of("2370-13-01", "+5874898-01-01", "-4001-12-31", "+100000-01-01",
            "+999999999-12-31", "tomorrow");

    @Inject
    Instance<GraphQLSchema> schema;

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database); // nothing should have been written; should something be, it goes
    }

    @Test
    void everyTextArgumentOfEveryQueryIsCheckedBeforeAnythingRuns() {
        int sent = 0;
        for (GraphQLFieldDefinition field : schema.get().getQueryType().getFieldDefinitions()) {
            for (Position position : InputPositions.of(field, Set.of("String", "ID", "Date"))) {
                for (String value : position.scalar().equals("Date") ? DATES : TEXT) {
                    if (!value.equals("\ud800") && !value.equals("marlena\udfff")) {
                        // graphql-java's parser refuses a lone surrogate in the document itself (a syntax error).
                        refused("query", position, value, false, null);
                        sent++;
                    }
                    refused("query", position, value, true, null);
                    sent++;
                }
            }
        }
        assertTrue(sent > 150, "the queries' text arguments: " + sent + " requests");
    }

    /** Mutations, one hostile value at each place (helper F's hostile run sends every kind everywhere). */
    @Test
    void everyTextAndDateInputOfEveryMutationIsCheckedBeforeAnythingRuns() {
        int dates = 0;
        int texts = 0;
        String token = Archivist.token();
        for (GraphQLFieldDefinition field : schema.get().getMutationType().getFieldDefinitions()) {
            for (Position position : InputPositions.of(field, Set.of("String", "ID", "Date"))) {
                if (position.scalar().equals("Date")) {
                    refused("mutation", position, DATES.get(dates % DATES.size()), dates % 2 == 0, dates % 3 == 0 ? null : token);
                    dates++;
                } else {
                    refused("mutation", position, TEXT.get(texts % TEXT.size()), true, texts % 3 == 0 ? null : token);
                    texts++;
                }
            }
        }
        assertTrue(dates > 40 && texts > 100, "the mutations' dates and texts: " + dates + ", " + texts);
    }

    @Test
    void aGetRequestCrossesTheSameBoundary() {
        Response response = given().accept(ContentType.JSON)
                .queryParam("query", "query($s: String!) { person(slug: $s) { id } }")
                .queryParam("variables", "{\"s\": \"kira\\u0000\"}")
                .when().get("/graphql");
        assertEquals(200, response.statusCode());
        assertEquals("`$s` holds U+0000 (NUL) at character 5, which the archive cannot store.",
                response.jsonPath().getString("errors[0].message"));
        assertEquals("BAD_USER_INPUT", response.jsonPath().getString("errors[0].extensions.code"));
    }

    /** Sends {@code value} at the position; the answer must refuse it, and only it, before anything runs. */
    private static void refused(String kind, Position position, String value, boolean variable, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", position.operation(kind, value, variable));
        if (variable) {
            body.put("variables", Map.of(position.argument().getName(), position.placed(value)));
        }
        var request = given().contentType(ContentType.JSON).body(InputPositions.json(body));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        Response response = request.when().post("/graphql");
        String what = position.path(variable) + " = " + new JsonArray().add(value).encode() + (token == null ? "" : " (with a token)")
                + " in " + body.get("query") + "\n  answered " + response.asString();
        assertEquals(200, response.statusCode(), what);
        JsonObject answer = new JsonObject(response.asString());
        assertTrue(answer.getValue("data") == null, "nothing ran: " + what);
        List<String> messages = new ArrayList<>();
        for (Object error : answer.getJsonArray("errors")) {
            JsonObject e = (JsonObject) error;
            assertEquals("BAD_USER_INPUT", e.getJsonObject("extensions").getString("code"), what);
            messages.add(e.getString("message"));
        }
        assertEquals(1, messages.size(), what);
        String reason = position.scalar().equals("Date") ? "(is outside the archive's dates|must be a date)" : "holds (U\\+0000|an unpaired)";
        assertTrue(messages.get(0).matches("`" + Pattern.quote(position.path(variable)) + "` " + reason + ".*"), what);
        assertTrue(!LEAK.matcher(response.asString()).find(), "no Java, nothing internal: " + what);
    }
}
