package org.maquis.archive.person;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.maquis.archive.support.LoreFacts.EARLY_2377;
import static org.maquis.archive.support.LoreFacts.IN_2298;
import static org.maquis.archive.support.LoreFacts.IN_2371;
import static org.maquis.archive.support.LoreFacts.empireMember;
import static org.maquis.archive.support.LoreFacts.factionMember;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.LoreFacts.person;
import static org.maquis.archive.support.LoreFacts.slug;
import static org.maquis.archive.support.LoreSlugs.EZRI_TIGAN;
import static org.maquis.archive.support.LoreSlugs.JADZIA_DAX;
import static org.maquis.archive.support.LoreSlugs.KATHRYN_JANEWAY;
import static org.maquis.archive.support.LoreSlugs.KIRA;
import static org.maquis.archive.support.LoreSlugs.KIRA_PRIMARY;
import static org.maquis.archive.support.LoreSlugs.MAQUIS;
import static org.maquis.archive.support.LoreSlugs.MARLENA_MOREAU;
import static org.maquis.archive.support.LoreSlugs.RAID_ON_RIGEL_IV;
import static org.maquis.archive.support.LoreSlugs.RIGEL_IV;
import static org.maquis.archive.support.LoreSlugs.SARAH_SATO;
import static org.maquis.archive.support.LoreSlugs.SAREK;
import static org.maquis.archive.support.LoreSlugs.SELOK;
import static org.maquis.archive.support.LoreSlugs.SESKA;
import static org.maquis.archive.support.LoreSlugs.SPOCK;
import static org.maquis.archive.support.LoreSlugs.TERRAN_EMPIRE;
import static org.maquis.archive.support.LoreSlugs.TYPHUSS_JAMES_HALLIWELL;
import static org.maquis.archive.support.LoreSlugs.VULCAN;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facts of the mirror-Maquis article (/work/shared/seeds/000_da87269660564615.txt) about people: their titles,
 * homeworlds, deaths, marriages, memberships and spy assignments, as numbered in src/test/resources/lore-facts.md,
 * read back through the GraphQL API: one test per fact, named after it. Things are reached by slug and through the
 * API's relations, never by row id. The operations are the files under src/test/resources/graphql/lore/.
 */
@QuarkusTest
class PersonFactsTest {

    // =====================================================================================================
    // Founding, Spock, Marlena
    // =====================================================================================================

    @Test // 17
    void sarekIsOfVulcan() {
        person(SAREK)
                .body("data.person.homeworld", equalTo(slug(VULCAN)))
                .body("data.person.species", nullValue());
    }

    @Test // 19
    void spockDiedIn2277ShortlyBeforeHeAttemptedToAssassinateEmpressSarahSato() {
        person(SPOCK)
                .body("data.person.died.earliest", equalTo("2277-01-01"))
                .body("data.person.died.latest", equalTo("2277-12-31"))
                .body("data.person.died.wording",
                        startsWith("in 2277, shortly before he attempted to assassinate Empress Sarah Sato"))
                .body("data.person.diedAt", nullValue())
                .body("data.person.killedIn", nullValue());
    }

    @Test // 21
    void sarahSatoIsEmpressOfTheTerranEmpire() {
        person(SARAH_SATO)
                .body("data.person.title", equalTo("Empress"))
                .body("data.person.memberships.nodes", contains(empireMember(TERRAN_EMPIRE, "Empress")));
    }

    @Test // 22
    void marlenaMoreauWasSpocksWife() {
        person(MARLENA_MOREAU).body("data.person.spouses.nodes.slug", contains(SPOCK));
        person(SPOCK).body("data.person.spouses.nodes.slug", contains(MARLENA_MOREAU));
    }

    // =====================================================================================================
    // 2298: Rigel IV, the ruling council
    // =====================================================================================================

    @Test // 31
    void marlenaMoreauWasKilledInTheRaidOnRigelIVIn2298() {
        person(MARLENA_MOREAU)
                .body("data.person.died", equalTo(IN_2298))
                .body("data.person.diedAt", equalTo(slug(RIGEL_IV)))
                .body("data.person.killedIn", equalTo(slug(RAID_ON_RIGEL_IV)));
    }

    // =====================================================================================================
    // Typhuss Halliwell
    // =====================================================================================================

    @Test // 44
    void janewayIsACaptainServingTheTerranEmpire() {
        person(KATHRYN_JANEWAY)
                .body("data.person.title", equalTo("Captain"))
                .body("data.person.memberships.nodes", contains(empireMember(TERRAN_EMPIRE, "Captain")));
    }

    @Test // 45
    void typhussIsALieutenantCommanderServingTheTerranEmpire() {
        person(TYPHUSS_JAMES_HALLIWELL)
                .body("data.person.title", equalTo("Lieutenant Commander"))
                .body("data.person.memberships.nodes", contains(empireMember(TERRAN_EMPIRE, "Lieutenant Commander")));
    }

    @Test // 46
    void in2371JanewayOrderedTyphussToSpyOnTheMaquisUntilHisDiscoveryInEarly2377() {
        person(TYPHUSS_JAMES_HALLIWELL).body("data.person.spyAssignments.nodes", contains(m(
                "target", slug(MAQUIS), "onBehalfOf", slug(TERRAN_EMPIRE), "orderedBy", slug(KATHRYN_JANEWAY),
                "spy", slug(TYPHUSS_JAMES_HALLIWELL), "from", IN_2371, "to", EARLY_2377)));
    }

    // =====================================================================================================
    // The 2370s, the Prometheus, the Enterprise
    // =====================================================================================================

    @Test // 55
    void selokIsAMaquisCaptain() {
        person(SELOK)
                .body("data.person.title", equalTo("Captain"))
                .body("data.person.memberships.nodes", contains(factionMember(MAQUIS, "Captain")));
    }

    // =====================================================================================================
    // Kira, the Bajora cell, crossings
    // =====================================================================================================

    @Test // 66
    void majorKiraOfTheMirrorAndCaptainKiraOfThePrimaryUniverseAreTwoPeople() {
        person(KIRA)
                .body("data.person.name", equalTo("Kira"))
                .body("data.person.universe", equalTo("MIRROR"))
                .body("data.person.title", equalTo("Major"));
        person(KIRA_PRIMARY)
                .body("data.person.name", equalTo("Kira"))
                .body("data.person.universe", equalTo("PRIMARY"))
                .body("data.person.title", equalTo("Captain"));
    }

    @Test // 73
    void seskaEzriTiganAndJadziaDaxAreMirrorUniversePeople() {
        for (String slug : List.of(SESKA, EZRI_TIGAN, JADZIA_DAX)) {
            person(slug)
                    .body("data.person.universe", equalTo("MIRROR"))
                    .body("data.person.title", nullValue())
                    .body("data.person.species", nullValue());
        }
    }
}
