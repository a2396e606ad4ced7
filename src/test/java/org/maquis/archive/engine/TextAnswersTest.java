package org.maquis.archive.engine;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.graphql.execution.ExecutionService;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service Quarkus' handler runs is {@link TextAnswers}: a read's answer is {@link AnswerText}'s text, and an answer
 * with errors is still SmallRye's, errors first.
 */
@QuarkusTest
class TextAnswersTest {

    @Test
    void theHandlersServiceWritesAnswersAsText() {
        assertInstanceOf(TextAnswers.class, Arc.container().instance(ExecutionService.class).get());
        String answer = post("{ person(slug: \"kira\") { name slug } }");
        assertEquals("{\"data\":{\"person\":{\"name\":\"Kira\",\"slug\":\"kira\"}}}", answer);
    }

    @Test
    void anAnswerWithErrorsIsSmallRyes() {
        String answer = post("{ person(slug: \"kira\") { name nosuchfield } }");
        assertTrue(answer.startsWith("{\"errors\":[{\"message\":"), answer);
    }

    private static String post(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query)).post("/graphql")
                .then().statusCode(200).extract().asString();
    }
}
