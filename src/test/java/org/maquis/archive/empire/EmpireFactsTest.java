package org.maquis.archive.empire;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.maquis.archive.support.LoreFacts.PARTICIPANTS;
import static org.maquis.archive.support.LoreFacts.RECENTLY_BY_THE_MID_2290S;
import static org.maquis.archive.support.LoreFacts.empire;
import static org.maquis.archive.support.LoreFacts.event;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.LoreFacts.slug;
import static org.maquis.archive.support.LoreSlugs.COLLAPSE_OF_THE_ROMULAN_STAR_EMPIRE;
import static org.maquis.archive.support.LoreSlugs.FOUNDING_OF_THE_MAQUIS;
import static org.maquis.archive.support.LoreSlugs.KLINGON_EMPIRE;
import static org.maquis.archive.support.LoreSlugs.ROMULAN_STAR_EMPIRE;
import static org.maquis.archive.support.LoreSlugs.TERRAN_EMPIRE;
import static org.maquis.archive.support.LoreSlugs.UNITED_FEDERATION_OF_PLANETS;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The facts of the mirror-Maquis article (/work/shared/seeds/000_da87269660564615.txt) about the empires: the
 * Terran Empire, its alliance with the Klingon Empire, the Federation the Maquis took as its model, the Romulan
 * Star Empire's collapse, as numbered in src/test/resources/lore-facts.md, read back through the GraphQL API: one
 * test per fact, named after it. Things are reached by slug and through the API's relations, never by row id. The
 * operations are the files under src/test/resources/graphql/lore/.
 */
@QuarkusTest
class EmpireFactsTest {

    // =====================================================================================================
    // Opposition, species
    // =====================================================================================================

    @Test // 8
    void theTerranEmpireIsAMirrorUniverseEmpire() {
        empire(TERRAN_EMPIRE)
                .body("data.empire.kind", equalTo("EMPIRE"))
                .body("data.empire.universe", equalTo("MIRROR"));
    }

    // =====================================================================================================
    // Founding, Spock, Marlena
    // =====================================================================================================

    @Test // 18
    void theMaquisGoalWasARepublicAkinToThePrimaryUniversesUnitedFederationOfPlanets() {
        empire(UNITED_FEDERATION_OF_PLANETS)
                .body("data.empire.universe", equalTo("PRIMARY"))
                .body("data.empire.kind", equalTo("FEDERATION"))
                .body("data.empire.description", containsString("republic"));
        event(FOUNDING_OF_THE_MAQUIS).body("data.event.description", containsString("republic"));
    }

    // =====================================================================================================
    // Early years
    // =====================================================================================================

    @Test // 29
    void theTerranAndKlingonEmpiresAllianceWasRecentlyFormedByTheMid2290s() {
        empire(TERRAN_EMPIRE).body("data.empire.alliances.nodes", contains(m(
                "empire", slug(TERRAN_EMPIRE), "ally", slug(KLINGON_EMPIRE), "formed", RECENTLY_BY_THE_MID_2290S)));
        empire(KLINGON_EMPIRE)
                .body("data.empire.kind", equalTo("EMPIRE"))
                .body("data.empire.universe", equalTo("MIRROR"));
    }

    // =====================================================================================================
    // The next forty years
    // =====================================================================================================

    /**
     * A null `collapsed` would mean the article does not say the state collapsed; it does, with no date,
     * so `collapsed` carries only the article's words.
     */
    @Test // 40
    void theRomulanStarEmpireCollapsedUndated() {
        empire(ROMULAN_STAR_EMPIRE)
                .body("data.empire.kind", equalTo("EMPIRE"))
                .body("data.empire.collapsed", notNullValue())
                .body("data.empire.collapsed.earliest", nullValue())
                .body("data.empire.collapsed.latest", nullValue());
        event(COLLAPSE_OF_THE_ROMULAN_STAR_EMPIRE)
                .body("data.event.kind", equalTo("COLLAPSE"))
                .body("data.event.date", nullValue())
                .body(PARTICIPANTS, contains(empire(ROMULAN_STAR_EMPIRE, "collapsed")));
    }
}
