package org.maquis.archive;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The printed schema is an artifact: schema.graphql at the top of the repository is what the API serves.
 * When the API changes on purpose, copy target/schema.graphql (written by a failing run) over it.
 */
@QuarkusTest
class SchemaTest {

    @Test
    void servedSchemaIsTheCommittedOne() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target", "schema.graphql"), served);
        String committed = Files.readString(Path.of("schema.graphql"));
        assertEquals(committed, served, "The served schema differs from schema.graphql; if intended, "
                + "copy target/schema.graphql to schema.graphql and review the diff.");
    }
}
