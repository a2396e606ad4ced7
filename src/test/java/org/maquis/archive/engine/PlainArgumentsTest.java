package org.maquis.archive.engine;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/**
 * A reading resolver's plain arguments (scalars, enums, filters of plain fields) are read straight from graphql-java's
 * values ({@link PlainArguments}); the test profile reads each call's arguments through SmallRye as well, and a
 * difference fails the call. These operations give every field of every root filter, and the defaults.
 */
@QuarkusTest
class PlainArgumentsTest {

    @Test
    void theRootListsAndTheConnectionsReadTheirArgumentsPlainly() {
        assertTrue(ReadResolvers.readPlainly().containsAll(Set.of("events", "people", "factions", "empires", "places",
                "ships", "shipClasses", "allSpecies", "cells", "members", "person", "search")),
                "read plainly: " + ReadResolvers.readPlainly());
    }

    @Test
    void everyFieldOfEveryFilterIsReadAsSmallRyeReadsIt() {
        GraphQL.run("filters/every-field").statusCode(200).body("errors", nullValue())
                .body("data.events.nodes.slug", equalTo(List.of("raid-on-rigel-iv")))
                .body("data.people.nodes.slug", equalTo(List.of("marlena-moreau")))
                .body("data.factions.nodes.slug", hasItem("maquis"))
                .body("data.empires.nodes.slug", equalTo(List.of("terran-empire")))
                .body("data.places.nodes.slug", equalTo(List.of("rigel-iv")));
    }

    @Test
    void argumentsLeftOutTakeTheirDefaults() {
        // orderBy defaults to DATE_ASC, the filter to none: the timeline from its start.
        List<String> timeline = GraphQL.post(Map.of("query", "{ events(first: 3) { nodes { slug } } }")).statusCode(200)
                .body("errors", nullValue()).body("data.events.nodes.slug", hasSize(3)).extract().path("data.events.nodes.slug");
        GraphQL.post(Map.of("query", "{ events(first: 3, orderBy: DATE_ASC, filter: null) { nodes { slug } } }"))
                .statusCode(200).body("errors", nullValue()).body("data.events.nodes.slug", equalTo(timeline));
    }

    @Test
    void anEnumGivenAsAVariableIsReadAsItsConstant() {
        GraphQL.post(Map.of("query", "query($u: Universe, $k: EventKind) { events(filter: {universe: $u, kind: $k, place: \"rigel-iv\"}) "
                + "{ nodes { slug } } }", "variables", Map.of("u", "MIRROR", "k", "RAID"))).statusCode(200)
                .body("errors", nullValue()).body("data.events.nodes.slug", equalTo(List.of("raid-on-rigel-iv")));
    }
}
