package org.maquis.archive.relay;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maquis.archive.support.GraphQL;

@QuarkusTest
class NodeTest {

    static final String SAREK = "sarek";

    @Test
    void anIdLeadsBackToItsThing() {
        String id = GraphQL.run("person/id-by-slug", Map.of("slug", SAREK)).statusCode(200)
                .extract().path("data.person.id");
        GraphQL.run("node/node", Map.of("id", id)).statusCode(200)
                .body("errors", nullValue())
                .body("data.node.__typename", equalTo("Person"))
                .body("data.node.name", equalTo("Sarek"));
    }

    @Test
    void nodesKeepsTheOrderAndNullsWhatIsMissing() {
        String sarek = GraphQL.run("person/id-by-slug", Map.of("slug", SAREK)).extract().path("data.person.id");
        String marlena = GraphQL.run("person/id-by-slug", Map.of("slug", "marlena-moreau")).extract().path("data.person.id");
        GraphQL.run("node/nodes", Map.of("ids", Arrays.asList(marlena, "bm9wZTox", sarek))).statusCode(200)
                .body("data.nodes.size()", equalTo(3))
                .body("data.nodes[0].name", equalTo("Marlena Moreau"))
                .body("data.nodes[1]", nullValue())
                .body("data.nodes[2].name", equalTo("Sarek"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aMalformedIdIsBadUserInput() {
        GraphQL.run("node/node", Map.of("id", "not an id!")).statusCode(200)
                .body("data.node", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void anIdOfNoKnownTypeIsNotFound() {
        // "Starbase:1", well formed but of a type the archive does not have.
        GraphQL.run("node/node", Map.of("id", "U3RhcmJhc2U6MQ")).statusCode(200)
                .body("data.node", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void anIdOfADeletedRowIsNotFound() {
        GraphQL.run("node/node", Map.of("id", "UGVyc29uOjk5OTk5OQ")).statusCode(200) // "Person:999999"
                .body("data.node", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UGFnZUluZm86MQ", "UXVlcnk6MQ", "TWFycmlhZ2U6MQ"}) // "PageInfo:1", "Query:1", "Marriage:1"
    void anIdNamingATypeThatIsNoNodeIsNotFound(String id) {
        // Types of the schema, or entities, that are not in the closed table of node types.
        GraphQL.run("node/node", Map.of("id", id)).statusCode(200)
                .body("data.node", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }
}
