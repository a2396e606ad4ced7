package org.maquis.archive.lore;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.maquis.archive.support.LoreFacts.SLUG;
import static org.maquis.archive.support.LoreFacts.archive;
import static org.maquis.archive.support.LoreSlugs.KIRA_PRIMARY;
import static org.maquis.archive.support.LoreSlugs.KIRA_RETURNS;
import static org.maquis.archive.support.LoreSlugs.MAJOR_KIRA_CROSSES;
import static org.maquis.archive.support.LoreSlugs.MAQUIS_PRIMARY;
import static org.maquis.archive.support.LoreSlugs.SESKA_EZRI_JADZIA_BROUGHT_ACROSS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The facts of the mirror-Maquis article (/work/shared/seeds/000_da87269660564615.txt) about the whole archive: its
 * rows counted, and what holds of every row, as numbered in src/test/resources/lore-facts.md, read back through the
 * GraphQL API: one test per fact, named after it. Things are reached by slug and through the API's relations, never
 * by row id. The operations are the files under src/test/resources/graphql/lore/.
 */
@QuarkusTest
class ArchiveFactsTest {

    // =====================================================================================================
    // Whole-data invariants. The API has no root connection of relation rows: those are counted through
    // the things that hold them (each relation's totalCount summed over every
    // row on one side; marriages and alliances are seen from both sides, so they count twice).
    // =====================================================================================================

    @Test // 74
    void theArchiveHoldsExactlyTheArticlesRows() {
        archive()
                .body("data.allSpecies.totalCount", equalTo(11))
                .body("data.places.totalCount", equalTo(8))
                .body("data.empires.totalCount", equalTo(4))
                .body("data.people.totalCount", equalTo(13))
                .body("data.shipClasses.totalCount", equalTo(1))
                .body("data.factions.totalCount", equalTo(8))
                .body("data.ships.totalCount", equalTo(4))
                .body("data.cells.totalCount", equalTo(1))
                .body("data.events.totalCount", equalTo(26))
                .body("data.factions.nodes.founders.totalCount.sum()", equalTo(2))
                .body("data.factions.nodes.leaders.totalCount.sum()", equalTo(3))
                .body("data.cells.nodes.leaders.totalCount.sum()", equalTo(2))
                .body("data.people.nodes.memberships.totalCount.sum()", equalTo(8))
                .body("data.people.nodes.spouses.totalCount.sum()", equalTo(2 * 1))
                .body("data.people.nodes.spyAssignments.totalCount.sum()", equalTo(1))
                .body("data.factions.nodes.oppositions.totalCount.sum()", equalTo(2))
                .body("data.empires.nodes.alliances.totalCount.sum()", equalTo(2 * 1))
                .body("data.factions.nodes.species.totalCount.sum()", equalTo(11))
                .body("data.factions.nodes.formedFrom.totalCount.sum()", equalTo(2))
                .body("data.ships.nodes.commanders.totalCount.sum()", equalTo(2))
                .body("data.events.nodes.participants.totalCount.sum()", equalTo(64));
    }

    @Test // 75
    void noPersonHasASpeciesForTheArticleNeverStatesOne() {
        archive()
                .body("data.people.nodes", hasSize(13))
                .body("data.people.nodes.species", everyItem(nullValue()));
    }

    @Test // 76
    void everySlugIsLowerCaseWordsAndOnlyTheTwoPrimaryNamesakesAreSuffixed() {
        JsonPath archive = archive().extract().jsonPath();
        List<String> slugs = new ArrayList<>();
        for (String path : List.of("data.people.nodes.slug", "data.factions.nodes.slug", "data.empires.nodes.slug",
                "data.places.nodes.slug", "data.ships.nodes.slug", "data.cells.nodes.slug", "data.events.nodes.slug",
                "data.factions.nodes.species.nodes.flatten().species.slug.unique()",
                "data.ships.nodes.shipClass.findAll { it != null }.slug.unique()")) {
            slugs.addAll(archive.getList(path, String.class));
        }
        assertThat(slugs, hasSize(13 + 8 + 4 + 8 + 4 + 1 + 26 + 11 + 1));
        assertThat(slugs, everyItem(matchesPattern(SLUG)));
        assertThat(slugs.stream().filter(s -> s.matches(".*-(primary|mirror)")).collect(Collectors.toList()),
                containsInAnyOrder(MAQUIS_PRIMARY, KIRA_PRIMARY));
    }

    @Test // 77
    void onlyTheThreeCrossingsHaveUniversesToCrossAndOnlyKirasReturnStartsInThePrimaryUniverse() {
        archive()
                .body("data.events.nodes.findAll { it.fromUniverse != null || it.toUniverse != null }"
                        + ".collect { it.kind + ' ' + it.slug }", containsInAnyOrder("CROSSING " + MAJOR_KIRA_CROSSES,
                                "CROSSING " + KIRA_RETURNS, "CROSSING " + SESKA_EZRI_JADZIA_BROUGHT_ACROSS))
                .body("data.events.nodes.findAll { it.universe != 'MIRROR' }.slug", contains(KIRA_RETURNS))
                .body("data.events.nodes.findAll { it.universe == 'MIRROR' }", hasSize(25));
    }
}
