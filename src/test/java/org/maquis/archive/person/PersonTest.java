package org.maquis.archive.person;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/** A person and their relations, read as a client would; the whole answer is checked against a file. */
@QuarkusTest
class PersonTest {

    @Test
    void marlenaMoreauWithHerRelations() {
        GraphQL.expect("person/marlena-moreau", Map.of("slug", "marlena-moreau"));
    }

    @Test
    void theBajoraCellAndItsLeaders() {
        GraphQL.expect("person/bajora-cell", Map.of("slug", "bajora-cell"));
    }
}
