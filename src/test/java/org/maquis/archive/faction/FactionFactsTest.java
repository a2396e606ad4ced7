package org.maquis.archive.faction;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.maquis.archive.support.LoreFacts.BY_THE_MID_2290S;
import static org.maquis.archive.support.LoreFacts.IN_2298;
import static org.maquis.archive.support.LoreFacts.LATE_2280S;
import static org.maquis.archive.support.LoreFacts.WITH_THE_COLLAPSE;
import static org.maquis.archive.support.LoreFacts.date;
import static org.maquis.archive.support.LoreFacts.faction;
import static org.maquis.archive.support.LoreFacts.leadership;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.LoreFacts.slug;
import static org.maquis.archive.support.LoreFacts.speciesMembership;
import static org.maquis.archive.support.LoreSlugs.ANDORIAN;
import static org.maquis.archive.support.LoreSlugs.BADLANDS;
import static org.maquis.archive.support.LoreSlugs.BAJORAN;
import static org.maquis.archive.support.LoreSlugs.BETAZOID;
import static org.maquis.archive.support.LoreSlugs.CARDASSIAN;
import static org.maquis.archive.support.LoreSlugs.IMPERIAL_STARFLEET;
import static org.maquis.archive.support.LoreSlugs.INTELLIGENCE;
import static org.maquis.archive.support.LoreSlugs.IRS_ENTERPRISE;
import static org.maquis.archive.support.LoreSlugs.KLINGON;
import static org.maquis.archive.support.LoreSlugs.MAQUIS;
import static org.maquis.archive.support.LoreSlugs.MAQUIS_PRIMARY;
import static org.maquis.archive.support.LoreSlugs.MARLENA_MOREAU;
import static org.maquis.archive.support.LoreSlugs.OBSIDIAN_ORDER;
import static org.maquis.archive.support.LoreSlugs.ORION;
import static org.maquis.archive.support.LoreSlugs.REMAN;
import static org.maquis.archive.support.LoreSlugs.ROMULAN;
import static org.maquis.archive.support.LoreSlugs.RULING_COUNCIL;
import static org.maquis.archive.support.LoreSlugs.SAREK;
import static org.maquis.archive.support.LoreSlugs.SPOCK;
import static org.maquis.archive.support.LoreSlugs.TAL_SHIAR;
import static org.maquis.archive.support.LoreSlugs.TERRAN;
import static org.maquis.archive.support.LoreSlugs.TERRAN_EMPIRE;
import static org.maquis.archive.support.LoreSlugs.TRILL;
import static org.maquis.archive.support.LoreSlugs.VULCAN_HIGH_COMMAND;
import static org.maquis.archive.support.LoreSlugs.VULCAN_SPECIES;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The facts of the mirror-Maquis article (/work/shared/seeds/000_da87269660564615.txt) about the Maquis and the
 * other factions: what they are, their founders, leaders, members, species and oppositions, as numbered in
 * src/test/resources/lore-facts.md, read back through the GraphQL API: one test per fact, named after it. Things
 * are reached by slug and through the API's relations, never by row id. The operations are the files under
 * src/test/resources/graphql/lore/.
 */
@QuarkusTest
class FactionFactsTest {

    // =====================================================================================================
    // Sidebar
    // =====================================================================================================

    @Test // 1
    void theMaquisIsAMirrorUniverseResistanceMovement() {
        faction(MAQUIS)
                .body("data.faction.name", equalTo("Maquis"))
                .body("data.faction.universe", equalTo("MIRROR"))
                .body("data.faction.kind", equalTo("RESISTANCE"));
    }

    @Test // 2
    void itsPrimaryUniverseCounterpartIsTheMaquis() {
        faction(MAQUIS)
                .body("data.faction.counterpart", equalTo(m("slug", MAQUIS_PRIMARY, "universe", "PRIMARY")));
        faction(MAQUIS_PRIMARY)
                .body("data.faction.name", equalTo("Maquis"))
                .body("data.faction.universe", equalTo("PRIMARY"))
                .body("data.faction.kind", equalTo("RESISTANCE"))
                .body("data.faction.counterpart", equalTo(m("slug", MAQUIS, "universe", "MIRROR")));
    }

    @Test // 3
    void itsAllegianceIsToSpock() {
        faction(MAQUIS).body("data.faction.allegiance", equalTo(slug(SPOCK)));
    }

    @Test // 4
    void itsPrimaryMissionsAreToDestroyTheTerranEmpireAndFreeOtherSpecies() {
        faction(MAQUIS).body("data.faction.primaryMissions", equalTo("Destroy the Terran Empire, free other species"));
    }

    @Test // 5
    void itsFlagshipIsTheIrsEnterprise() {
        faction(MAQUIS).body("data.faction.flagship", equalTo(slug(IRS_ENTERPRISE)));
    }

    @Test // 6
    void itsHeadquartersIsItsMainBaseInTheBadlandsARegion() {
        faction(MAQUIS).body("data.faction.headquarters", equalTo(m("slug", BADLANDS, "kind", "REGION")));
    }

    // =====================================================================================================
    // Opposition, species
    // =====================================================================================================

    @Test // 7
    void itStronglyOpposedTheTerranEmpireFromTheLate23rdCenturyForMuchOfThe24th() {
        faction(MAQUIS).body("data.faction.oppositions.nodes", contains(m(
                "empire", slug(TERRAN_EMPIRE),
                "from", date("2267-01-01", "2300-12-31", "late 23rd century"),
                "to", date(null, null, "for much of the 24th century"))));
    }

    @Test // 9
    void theMaquisIsMadeOfElevenNamedMirrorUniverseSpecies() {
        faction(MAQUIS)
                .body("data.faction.species.totalCount", equalTo(11))
                .body("data.faction.species.nodes.species.slug", contains(TERRAN, ROMULAN, REMAN, KLINGON, CARDASSIAN,
                        BAJORAN, BETAZOID, TRILL, ORION, VULCAN_SPECIES, ANDORIAN))
                .body("data.faction.species.nodes.species.universe", everyItem(equalTo("MIRROR")));
    }

    @Test // 10
    void remansCardassiansBajoransBetazoidsTrillsOrionsVulcansAndAndoriansFeltBetrayedByTheEmpire() {
        faction(MAQUIS).body("data.faction.species.nodes.findAll { it.reason == 'felt betrayed in some way by the Empire'"
                + " && it.since == null }.species.slug", containsInAnyOrder(REMAN, CARDASSIAN, BAJORAN, BETAZOID, TRILL,
                        ORION, VULCAN_SPECIES, ANDORIAN));
    }

    @Test // 11
    void byTheMid2290sDisheartenedTerransWereMembers() {
        faction(MAQUIS).body(speciesMembership(TERRAN),
                equalTo(m("reason", "disheartened Terrans", "since", BY_THE_MID_2290S)));
    }

    @Test // 12
    void byTheMid2290sKlingonsDisgustedWithTheTerranKlingonAllianceWereMembers() {
        faction(MAQUIS).body(speciesMembership(KLINGON), equalTo(m(
                "reason", "disgusted with the recently formed alliance between the Terrans and the Klingon Empire",
                "since", BY_THE_MID_2290S)));
    }

    @Test // 13
    void byTheMid2290sRomulansSickOfTheirLeadersNeutralAmbivalenceWereMembers() {
        faction(MAQUIS).body(speciesMembership(ROMULAN), equalTo(m(
                "reason", "sick of their leaders' neutral ambivalence to the Terrans",
                "since", BY_THE_MID_2290S)));
    }

    // =====================================================================================================
    // Founding, Spock, Marlena
    // =====================================================================================================

    @Test // 14
    void theMaquisWasEstablishedBySarekOfVulcanAndMarlenaMoreau() {
        faction(MAQUIS)
                .body("data.faction.founders.totalCount", equalTo(2))
                .body("data.faction.founders.nodes.slug", containsInAnyOrder(SAREK, MARLENA_MOREAU));
    }

    @Test // 15
    void theMaquisWasEstablishedInTheLate2280s() {
        faction(MAQUIS).body("data.faction.founded", equalTo(LATE_2280S));
    }

    @Test // 23
    void marlenaLedTheMaquisFromTheLate2280sUntil2298AndSarekContinuedToLeadIt() {
        faction(MAQUIS).body("data.faction.leaders.nodes", containsInAnyOrder(
                leadership(MARLENA_MOREAU, LATE_2280S, IN_2298),
                leadership(SAREK, LATE_2280S, null)));
    }

    @Test // 24
    void marlenaAndSarekWereMembersOfTheMaquisAsCoFounders() {
        faction(MAQUIS).body("data.faction.members.nodes.findAll { it.role == 'co-founder' }", containsInAnyOrder(
                m("person", slug(MARLENA_MOREAU), "role", "co-founder", "from", LATE_2280S, "to", IN_2298),
                m("person", slug(SAREK), "role", "co-founder", "from", LATE_2280S, "to", null)));
    }

    // =====================================================================================================
    // Early years
    // =====================================================================================================

    @Test // 27
    void theVulcanHighCommandIsAMirrorUniverseGovernment() {
        faction(VULCAN_HIGH_COMMAND)
                .body("data.faction.kind", equalTo("GOVERNMENT"))
                .body("data.faction.universe", equalTo("MIRROR"));
    }

    // =====================================================================================================
    // 2298: Rigel IV, the ruling council
    // =====================================================================================================

    @Test // 34
    void theCellLeadersFormedARulingCouncilOfTheMaquisIn2298() {
        faction(RULING_COUNCIL)
                .body("data.faction.name", equalTo("Ruling Council"))
                .body("data.faction.kind", equalTo("COUNCIL"))
                .body("data.faction.partOf", equalTo(slug(MAQUIS)))
                .body("data.faction.founded", equalTo(IN_2298));
    }

    @Test // 35
    void sarekLedTheRulingCouncilFrom2298() {
        faction(RULING_COUNCIL).body("data.faction.leaders.nodes", contains(leadership(SAREK, IN_2298, null)));
    }

    // =====================================================================================================
    // The next forty years
    // =====================================================================================================

    @Test // 41
    void membersOfTheTalShiarAndTheObsidianOrderFormedIntelligence() {
        faction(INTELLIGENCE)
                .body("data.faction.kind", equalTo("INTELLIGENCE_AGENCY"))
                .body("data.faction.founded", equalTo(date(null, null, WITH_THE_COLLAPSE)))
                .body("data.faction.formedFrom.nodes", containsInAnyOrder(
                        m("slug", TAL_SHIAR, "kind", "INTELLIGENCE_AGENCY"),
                        m("slug", OBSIDIAN_ORDER, "kind", "INTELLIGENCE_AGENCY")));
    }

    @Test // 43
    void intelligenceWorkedForTheMaquisAgainstTheEmpire() {
        faction(INTELLIGENCE).body("data.faction.oppositions.nodes", contains(m(
                "empire", slug(TERRAN_EMPIRE), "from", null, "to", null)));
    }

    // =====================================================================================================
    // The 2370s, the Prometheus, the Enterprise
    // =====================================================================================================

    @Test // 54
    void theImperialStarfleetIsTheTerranEmpiresMilitary() {
        faction(IMPERIAL_STARFLEET)
                .body("data.faction.kind", equalTo("MILITARY"))
                .body("data.faction.serves", equalTo(slug(TERRAN_EMPIRE)));
    }
}
