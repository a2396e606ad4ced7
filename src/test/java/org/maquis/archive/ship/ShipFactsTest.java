package org.maquis.archive.ship;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.LoreFacts.ship;
import static org.maquis.archive.support.LoreFacts.shipClass;
import static org.maquis.archive.support.LoreFacts.slug;
import static org.maquis.archive.support.LoreFacts.year;
import static org.maquis.archive.support.LoreSlugs.IMPERIAL_STARFLEET;
import static org.maquis.archive.support.LoreSlugs.IRS_ENTERPRISE;
import static org.maquis.archive.support.LoreSlugs.ISS_ENTERPRISE;
import static org.maquis.archive.support.LoreSlugs.ISS_PROMETHEUS;
import static org.maquis.archive.support.LoreSlugs.KATHRYN_JANEWAY;
import static org.maquis.archive.support.LoreSlugs.MAQUIS;
import static org.maquis.archive.support.LoreSlugs.PROMETHEUS_CLASS;
import static org.maquis.archive.support.LoreSlugs.SELOK;
import static org.maquis.archive.support.LoreSlugs.SPOCK;
import static org.maquis.archive.support.LoreSlugs.TERRAN_EMPIRE;
import static org.maquis.archive.support.LoreSlugs.VOYAGER;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The facts of the mirror-Maquis article (/work/shared/seeds/000_da87269660564615.txt) about ships and their class:
 * the ISS Prometheus renamed the IRS Enterprise, Voyager, the ISS Enterprise, as numbered in
 * src/test/resources/lore-facts.md, read back through the GraphQL API: one test per fact, named after it. Things
 * are reached by slug and through the API's relations, never by row id. The operations are the files under
 * src/test/resources/graphql/lore/.
 */
@QuarkusTest
class ShipFactsTest {

    // =====================================================================================================
    // Typhuss Halliwell
    // =====================================================================================================

    @Test // 51
    void janewayCaptainsVoyagerOfTheTerranEmpire() {
        ship(VOYAGER)
                .body("data.ship.empire", equalTo(slug(TERRAN_EMPIRE)))
                .body("data.ship.commanders.nodes", contains(m("role", "captain", "person", slug(KATHRYN_JANEWAY))));
    }

    // =====================================================================================================
    // The 2370s, the Prometheus, the Enterprise
    // =====================================================================================================

    @Test // 56
    void thePrometheusClassIsAShipClass() {
        shipClass(PROMETHEUS_CLASS).body("data.shipClass.name", equalTo("Prometheus class"));
    }

    @Test // 57
    void theIssPrometheusWasThePrototypePrometheusClassWarshipOfTheImperialStarfleet() {
        ship(ISS_PROMETHEUS)
                .body("data.ship.shipClass", equalTo(slug(PROMETHEUS_CLASS)))
                .body("data.ship.prototype", equalTo(true))
                .body("data.ship.faction", equalTo(slug(IMPERIAL_STARFLEET)))
                .body("data.ship.empire", equalTo(slug(TERRAN_EMPIRE)));
    }

    @Test // 59
    void selokRenamedThePrometheusIrsEnterpriseAfterTheirSafeReturn() {
        ship(ISS_PROMETHEUS)
                .body("data.ship.renamedTo", equalTo(slug(IRS_ENTERPRISE)))
                .body("data.ship.renamed", equalTo(year(2374, "following their safe return to Maquis territory")))
                .body("data.ship.renamedBy", equalTo(slug(SELOK)));
        ship(IRS_ENTERPRISE).body("data.ship.renamedFrom", equalTo(slug(ISS_PROMETHEUS)));
    }

    @Test // 61
    void theIrsEnterpriseIsTheMaquisFlagshipOnThePrototypeHull() {
        ship(IRS_ENTERPRISE)
                .body("data.ship.faction", equalTo(slug(MAQUIS)))
                .body("data.ship.shipClass", equalTo(slug(PROMETHEUS_CLASS)))
                .body("data.ship.prototype", equalTo(true))
                .body("data.ship.renamedTo", nullValue());
    }

    @Test // 62
    void theIssEnterpriseWasSpocksOldStarshipCommand() {
        ship(ISS_ENTERPRISE).body("data.ship.commanders.nodes", contains(m("role", "commander", "person", slug(SPOCK))));
    }
}
