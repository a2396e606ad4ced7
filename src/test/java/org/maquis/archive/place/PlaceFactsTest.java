package org.maquis.archive.place;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.maquis.archive.support.LoreFacts.place;
import static org.maquis.archive.support.LoreSlugs.ALPHA_QUADRANT;
import static org.maquis.archive.support.LoreSlugs.BADLANDS;
import static org.maquis.archive.support.LoreSlugs.CESTUS_III;
import static org.maquis.archive.support.LoreSlugs.RIGEL_IV;
import static org.maquis.archive.support.LoreSlugs.SHERMANS_PLANET;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The facts of the mirror-Maquis article (/work/shared/seeds/000_da87269660564615.txt) about places: Rigel IV and
 * the Alpha Quadrant, as numbered in src/test/resources/lore-facts.md, read back through the GraphQL API: one test
 * per fact, named after it. Things are reached by slug and through the API's relations, never by row id. The
 * operations are the files under src/test/resources/graphql/lore/.
 */
@QuarkusTest
class PlaceFactsTest {

    // =====================================================================================================
    // 2298: Rigel IV, the ruling council
    // =====================================================================================================

    @Test // 33
    void rigelIVIsAPlanet() {
        place(RIGEL_IV)
                .body("data.place.kind", equalTo("PLANET"))
                .body("data.place.locatedIn", nullValue());
    }

    // =====================================================================================================
    // The 2370s, the Prometheus, the Enterprise
    // =====================================================================================================

    @Test // 52
    void byThe2370sTheMaquisWasAHugeForceAcrossTheAlphaQuadrant() {
        place(ALPHA_QUADRANT)
                .body("data.place.kind", equalTo("QUADRANT"))
                .body("data.place.universe", equalTo("MIRROR"))
                .body("data.place.contains.nodes.slug", containsInAnyOrder(BADLANDS, CESTUS_III, SHERMANS_PLANET));
    }
}
