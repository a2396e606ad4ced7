package org.maquis.archive.cell;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.maquis.archive.support.LoreFacts.IN_2383;
import static org.maquis.archive.support.LoreFacts.cell;
import static org.maquis.archive.support.LoreFacts.leadership;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.LoreFacts.person;
import static org.maquis.archive.support.LoreFacts.slug;
import static org.maquis.archive.support.LoreSlugs.BAJORA_CELL;
import static org.maquis.archive.support.LoreSlugs.KIRA;
import static org.maquis.archive.support.LoreSlugs.MAQUIS;
import static org.maquis.archive.support.LoreSlugs.SHAKAAR_EDON;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The facts of the mirror-Maquis article (/work/shared/seeds/000_da87269660564615.txt) about the Bajora cell and
 * its leaders, as numbered in src/test/resources/lore-facts.md, read back through the GraphQL API: one test per
 * fact, named after it. Things are reached by slug and through the API's relations, never by row id. The operations
 * are the files under src/test/resources/graphql/lore/.
 */
@QuarkusTest
class CellFactsTest {

    // =====================================================================================================
    // Kira, the Bajora cell, crossings
    // =====================================================================================================

    @Test // 65
    void theBajoraCellIsACellOfTheMaquis() {
        cell(BAJORA_CELL)
                .body("data.cell.name", equalTo("Bajora cell"))
                .body("data.cell.faction", equalTo(slug(MAQUIS)));
    }

    @Test // 67
    void majorKiraLedTheBajoraCellUntil2383() {
        cell(BAJORA_CELL).body("data.cell.leaders.nodes.find { it.person.slug == 'kira' }",
                equalTo(leadership(KIRA, null, IN_2383)));
        person(KIRA).body("data.person.memberships.nodes", contains(m(
                "role", "Bajora cell leader", "faction", slug(MAQUIS), "empire", null, "from", null, "to", IN_2383)));
    }

    @Test // 68
    void shakaarEdonTookOverTheBajoraCellIn2383() {
        cell(BAJORA_CELL).body("data.cell.leaders.nodes", contains(
                leadership(KIRA, null, IN_2383), leadership(SHAKAAR_EDON, IN_2383, null)));
        person(SHAKAAR_EDON)
                .body("data.person.memberships.nodes", contains(m(
                        "role", "Bajora cell leader", "faction", slug(MAQUIS), "empire", null, "from", IN_2383, "to", null)))
                .body("data.person.leads", contains(slug(BAJORA_CELL)));
        person(KIRA).body("data.person.leads", contains(slug(BAJORA_CELL)));
    }
}
