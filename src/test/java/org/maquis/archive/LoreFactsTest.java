package org.maquis.archive;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/**
 * The facts of the mirror-Maquis article (/work/shared/seeds/000_da87269660564615.txt), as numbered in
 * src/test/resources/lore-facts.md, read back through the GraphQL API: one test per fact, named after it.
 * Things are reached by slug and through the API's relations, never by row id. The operations are the
 * files under src/test/resources/graphql/lore/.
 */
@QuarkusTest
class LoreFactsTest {

    // --- Slugs of the things the facts are about.
    static final String MAQUIS = "maquis";
    static final String MAQUIS_PRIMARY = "maquis-primary";
    static final String VULCAN_HIGH_COMMAND = "vulcan-high-command";
    static final String RULING_COUNCIL = "ruling-council";
    static final String IMPERIAL_STARFLEET = "imperial-starfleet";
    static final String TAL_SHIAR = "tal-shiar";
    static final String OBSIDIAN_ORDER = "obsidian-order";
    static final String INTELLIGENCE = "intelligence";

    static final String TERRAN_EMPIRE = "terran-empire";
    static final String KLINGON_EMPIRE = "klingon-empire";
    static final String ROMULAN_STAR_EMPIRE = "romulan-star-empire";
    static final String UNITED_FEDERATION_OF_PLANETS = "united-federation-of-planets";

    static final String SAREK = "sarek";
    static final String MARLENA_MOREAU = "marlena-moreau";
    static final String SPOCK = "spock";
    static final String SARAH_SATO = "sarah-sato";
    static final String KATHRYN_JANEWAY = "kathryn-janeway";
    static final String TYPHUSS_JAMES_HALLIWELL = "typhuss-james-halliwell";
    static final String SELOK = "selok";
    static final String SHAKAAR_EDON = "shakaar-edon";
    static final String KIRA = "kira";
    static final String KIRA_PRIMARY = "kira-primary";
    static final String SESKA = "seska";
    static final String EZRI_TIGAN = "ezri-tigan";
    static final String JADZIA_DAX = "jadzia-dax";

    static final String ALPHA_QUADRANT = "alpha-quadrant";
    static final String VULCAN = "vulcan";
    static final String RIGEL_IV = "rigel-iv";
    static final String CARDASSIA = "cardassia";
    static final String ROMULUS = "romulus";
    static final String CESTUS_III = "cestus-iii";
    static final String SHERMANS_PLANET = "shermans-planet";
    static final String BADLANDS = "badlands";

    static final String PROMETHEUS_CLASS = "prometheus-class";
    static final String ISS_PROMETHEUS = "iss-prometheus";
    static final String IRS_ENTERPRISE = "irs-enterprise";
    static final String ISS_ENTERPRISE = "iss-enterprise";
    static final String VOYAGER = "voyager";

    static final String BAJORA_CELL = "bajora-cell";

    static final String TERRAN = "terran";
    static final String ROMULAN = "romulan";
    static final String REMAN = "reman";
    static final String KLINGON = "klingon";
    static final String CARDASSIAN = "cardassian";
    static final String BAJORAN = "bajoran";
    static final String BETAZOID = "betazoid";
    static final String TRILL = "trill";
    static final String ORION = "orion";
    static final String VULCAN_SPECIES = "vulcan";
    static final String ANDORIAN = "andorian";

    static final String DEATH_OF_SPOCK = "death-of-spock";
    static final String FOUNDING_OF_THE_MAQUIS = "founding-of-the-maquis";
    static final String RAIDS_ON_TERRAN_CARGO_CONVOYS = "raids-on-terran-cargo-convoys";
    static final String RELOCATION_FROM_VULCAN = "relocation-of-the-maquis-from-vulcan";
    static final String DIVISION_INTO_CELLS = "division-of-the-maquis-into-cells";
    static final String TERRAN_KLINGON_ALLIANCE = "alliance-of-the-terran-empire-and-the-klingon-empire";
    static final String RAID_ON_RIGEL_IV = "raid-on-rigel-iv";
    static final String FORMATION_OF_THE_RULING_COUNCIL = "formation-of-the-ruling-council";
    static final String INVASION_OF_CARDASSIA = "invasion-of-cardassia";
    static final String INVASION_OF_ROMULUS = "invasion-of-romulus";
    static final String DEFECTION_OF_OFFICERS = "defection-of-military-officers-to-the-maquis";
    static final String COLLAPSE_OF_THE_ROMULAN_STAR_EMPIRE = "collapse-of-the-romulan-star-empire";
    static final String FORMATION_OF_INTELLIGENCE = "formation-of-intelligence";
    static final String TYPHUSS_ORDERED_TO_SPY = "typhuss-halliwell-ordered-to-spy-on-the-maquis";
    static final String CAPTURES_OF_STARFLEET_VESSELS = "maquis-captures-of-imperial-starfleet-vessels";
    static final String CAPTURE_OF_THE_ISS_PROMETHEUS = "capture-of-the-iss-prometheus";
    static final String RENAMING_OF_THE_ISS_PROMETHEUS = "renaming-of-the-iss-prometheus";
    static final String RAID_ON_CESTUS_III = "raid-on-cestus-iii";
    static final String RAID_ON_SHERMANS_PLANET = "raid-on-shermans-planet";
    static final String DISCOVERY_OF_TYPHUSS = "discovery-of-typhuss-halliwell-as-a-spy";
    static final String MISSION_TO_RESCUE_TYPHUSS = "mission-to-rescue-typhuss-halliwell";
    static final String RESCUE_OF_TYPHUSS = "rescue-of-typhuss-halliwell";
    static final String MAJOR_KIRA_CROSSES = "major-kira-crosses-to-the-primary-universe";
    static final String SHAKAAR_TAKES_OVER = "shakaar-edon-takes-over-the-bajora-cell";
    static final String KIRA_RETURNS = "kira-returns-to-the-mirror-universe";
    static final String SESKA_EZRI_JADZIA_BROUGHT_ACROSS = "seska-ezri-tigan-and-jadzia-dax-brought-to-the-primary-universe";

    // --- The article's dates, as the API gives them.
    static final Map<String, Object> LATE_2280S = date("2286-01-01", "2289-12-31", "late 2280s");
    static final Map<String, Object> IN_2277 = year(2277, "in 2277");
    static final Map<String, Object> IN_2298 = year(2298, "in 2298");
    static final Map<String, Object> BY_THE_MID_2290S = date(null, "2296-12-31", "by the mid-2290s");
    static final Map<String, Object> RECENTLY_BY_THE_MID_2290S = date(null, "2296-12-31", "recently formed by the mid-2290s");
    static final Map<String, Object> OVER_THE_NEXT_FORTY_YEARS = date("2298-01-01", "2338-12-31", "over the next forty years");
    static final Map<String, Object> IN_2371 = year(2371, "in 2371");
    static final Map<String, Object> IN_2374 = year(2374, "in 2374");
    static final Map<String, Object> EARLY_2377 = date("2377-01-01", "2377-04-30", "early 2377");
    static final Map<String, Object> OVER_THE_NEXT_FIVE_YEARS =
            date("2374-01-01", "2379-12-31", "over the course of the next five years");
    static final Map<String, Object> IN_2383 = year(2383, "in 2383");
    static final Map<String, Object> IN_2384 = year(2384, "in 2384");
    static final String WITH_THE_COLLAPSE = "with the collapse of the Romulan Star Empire";

    /** Each participant of an event as "Typename slug: role", in the API's (the article's) order. */
    static final String PARTICIPANTS =
            "data.event.participants.nodes.collect { it.participant.__typename + ' ' + it.participant.slug + ': ' + it.role }";

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

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

    @Test // 8
    void theTerranEmpireIsAMirrorUniverseEmpire() {
        empire(TERRAN_EMPIRE)
                .body("data.empire.kind", equalTo("EMPIRE"))
                .body("data.empire.universe", equalTo("MIRROR"));
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

    @Test // 16
    void theFoundingOfTheMaquisWasInTheLate2280sBySarekAndMarlena() {
        event(FOUNDING_OF_THE_MAQUIS)
                .body("data.event.name", equalTo("Founding of the Maquis"))
                .body("data.event.kind", equalTo("FOUNDING"))
                .body("data.event.universe", equalTo("MIRROR"))
                .body("data.event.date", equalTo(LATE_2280S))
                .body(PARTICIPANTS, contains(
                        person(SAREK, "founder"), person(MARLENA_MOREAU, "founder"), faction(MAQUIS, "founded")));
    }

    @Test // 17
    void sarekIsOfVulcan() {
        person(SAREK)
                .body("data.person.homeworld", equalTo(slug(VULCAN)))
                .body("data.person.species", nullValue());
    }

    @Test // 18
    void theMaquisGoalWasARepublicAkinToThePrimaryUniversesUnitedFederationOfPlanets() {
        empire(UNITED_FEDERATION_OF_PLANETS)
                .body("data.empire.universe", equalTo("PRIMARY"))
                .body("data.empire.kind", equalTo("FEDERATION"))
                .body("data.empire.description", containsString("republic"));
        event(FOUNDING_OF_THE_MAQUIS).body("data.event.description", containsString("republic"));
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

    @Test // 20
    void theDeathOfSpockIn2277PrecededHisAttemptOnSarahSato() {
        event(DEATH_OF_SPOCK)
                .body("data.event.kind", equalTo("DEATH"))
                .body("data.event.date", equalTo(IN_2277))
                .body(PARTICIPANTS, contains(person(SPOCK, "died"), person(SARAH_SATO, "assassination target")));
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

    @Test // 25
    void theFirstRaidsWereAgainstTerranCargoConvoysAndSupplyRuns() {
        event(RAIDS_ON_TERRAN_CARGO_CONVOYS)
                .body("data.event.kind", equalTo("RAID"))
                .body("data.event.place", nullValue())
                .body("data.event.target", equalTo("Terran cargo convoys and supply runs"))
                .body("data.event.date", nullValue())
                .body(PARTICIPANTS, contains(faction(MAQUIS, "raider"), empire(TERRAN_EMPIRE, "target")));
    }

    @Test // 26
    void theMaquisMovedOffVulcanAtTheBehestOfSarekAndTheVulcanHighCommand() {
        event(RELOCATION_FROM_VULCAN)
                .body("data.event.kind", equalTo("RELOCATION"))
                .body("data.event.place.slug", equalTo(VULCAN))
                .body("data.event.date", nullValue())
                .body("data.event.follows", equalTo(slug(RAIDS_ON_TERRAN_CARGO_CONVOYS)))
                .body(PARTICIPANTS, contains(faction(MAQUIS, "relocated"), person(SAREK, "requested the move"),
                        faction(VULCAN_HIGH_COMMAND, "requested the move")));
    }

    @Test // 27
    void theVulcanHighCommandIsAMirrorUniverseGovernment() {
        faction(VULCAN_HIGH_COMMAND)
                .body("data.faction.kind", equalTo("GOVERNMENT"))
                .body("data.faction.universe", equalTo("MIRROR"));
    }

    @Test // 28
    void marlenaHadTheMovementSplitIntoCells() {
        event(DIVISION_INTO_CELLS)
                .body("data.event.kind", equalTo("REORGANIZATION"))
                .body("data.event.date", nullValue())
                .body("data.event.follows", equalTo(slug(RELOCATION_FROM_VULCAN)))
                .body(PARTICIPANTS, contains(person(MARLENA_MOREAU, "ordered"), faction(MAQUIS, "reorganized")));
    }

    @Test // 29
    void theTerranAndKlingonEmpiresAllianceWasRecentlyFormedByTheMid2290s() {
        empire(TERRAN_EMPIRE).body("data.empire.alliances.nodes", contains(m(
                "empire", slug(TERRAN_EMPIRE), "ally", slug(KLINGON_EMPIRE), "formed", RECENTLY_BY_THE_MID_2290S)));
        empire(KLINGON_EMPIRE)
                .body("data.empire.kind", equalTo("EMPIRE"))
                .body("data.empire.universe", equalTo("MIRROR"));
    }

    @Test // 30
    void theAllianceOfTheTerranAndKlingonEmpiresIsAnEvent() {
        event(TERRAN_KLINGON_ALLIANCE)
                .body("data.event.kind", equalTo("ALLIANCE"))
                .body("data.event.date", equalTo(RECENTLY_BY_THE_MID_2290S))
                .body(PARTICIPANTS, contains(empire(TERRAN_EMPIRE, "ally"), empire(KLINGON_EMPIRE, "ally")));
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

    @Test // 32
    void theMaquisRaidedRigelIVIn2298() {
        event(RAID_ON_RIGEL_IV)
                .body("data.event.name", equalTo("Raid on Rigel IV"))
                .body("data.event.kind", equalTo("RAID"))
                .body("data.event.place.slug", equalTo(RIGEL_IV))
                .body("data.event.date", equalTo(IN_2298))
                .body(PARTICIPANTS, contains(faction(MAQUIS, "raider"), person(MARLENA_MOREAU, "killed")));
    }

    @Test // 33
    void rigelIVIsAPlanet() {
        place(RIGEL_IV)
                .body("data.place.kind", equalTo("PLANET"))
                .body("data.place.locatedIn", nullValue());
    }

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

    @Test // 36
    void theRulingCouncilWasFormedAfterTheRaidOnRigelIV() {
        event(FORMATION_OF_THE_RULING_COUNCIL)
                .body("data.event.kind", equalTo("FOUNDING"))
                .body("data.event.date", equalTo(IN_2298))
                .body("data.event.follows", equalTo(slug(RAID_ON_RIGEL_IV)))
                .body(PARTICIPANTS, contains(faction(RULING_COUNCIL, "founded"), person(SAREK, "leader"),
                        faction(MAQUIS, "parent faction")));
    }

    // =====================================================================================================
    // The next forty years
    // =====================================================================================================

    @Test // 37
    void cardassiaWasInvadedOverTheNextFortyYears() {
        event(INVASION_OF_CARDASSIA)
                .body("data.event.kind", equalTo("INVASION"))
                .body("data.event.place", equalTo(m("slug", CARDASSIA, "kind", "PLANET")))
                .body("data.event.date", equalTo(OVER_THE_NEXT_FORTY_YEARS))
                .body("data.event.participants.totalCount", equalTo(0));
    }

    @Test // 38
    void romulusWasInvadedOverTheNextFortyYears() {
        event(INVASION_OF_ROMULUS)
                .body("data.event.kind", equalTo("INVASION"))
                .body("data.event.place", equalTo(m("slug", ROMULUS, "kind", "PLANET")))
                .body("data.event.date", equalTo(OVER_THE_NEXT_FORTY_YEARS))
                .body(PARTICIPANTS, contains(empire(ROMULAN_STAR_EMPIRE, "invaded")));
    }

    @Test // 39
    void officersWhoEscapedTheInvasionsDefectedToTheMaquis() {
        event(DEFECTION_OF_OFFICERS)
                .body("data.event.kind", equalTo("DEFECTION"))
                .body("data.event.date", equalTo(OVER_THE_NEXT_FORTY_YEARS))
                .body(PARTICIPANTS, contains(faction(MAQUIS, "joined by defectors")));
    }

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

    @Test // 41
    void membersOfTheTalShiarAndTheObsidianOrderFormedIntelligence() {
        faction(INTELLIGENCE)
                .body("data.faction.kind", equalTo("INTELLIGENCE_AGENCY"))
                .body("data.faction.founded", equalTo(date(null, null, WITH_THE_COLLAPSE)))
                .body("data.faction.formedFrom.nodes", containsInAnyOrder(
                        m("slug", TAL_SHIAR, "kind", "INTELLIGENCE_AGENCY"),
                        m("slug", OBSIDIAN_ORDER, "kind", "INTELLIGENCE_AGENCY")));
    }

    @Test // 42
    void intelligenceWasFormedWithTheCollapseOfTheRomulanStarEmpire() {
        event(FORMATION_OF_INTELLIGENCE)
                .body("data.event.kind", equalTo("FOUNDING"))
                .body("data.event.date", equalTo(date(null, null, WITH_THE_COLLAPSE)))
                .body("data.event.follows", equalTo(slug(COLLAPSE_OF_THE_ROMULAN_STAR_EMPIRE)))
                .body(PARTICIPANTS, contains(faction(INTELLIGENCE, "founded"), faction(TAL_SHIAR, "members formed it"),
                        faction(OBSIDIAN_ORDER, "members formed it")));
    }

    @Test // 43
    void intelligenceWorkedForTheMaquisAgainstTheEmpire() {
        faction(INTELLIGENCE).body("data.faction.oppositions.nodes", contains(m(
                "empire", slug(TERRAN_EMPIRE), "from", null, "to", null)));
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

    @Test // 47
    void theOrderToSpyOnTheMaquisIsAnEventOf2371() {
        event(TYPHUSS_ORDERED_TO_SPY)
                .body("data.event.kind", equalTo("ESPIONAGE"))
                .body("data.event.date", equalTo(IN_2371))
                .body(PARTICIPANTS, contains(person(KATHRYN_JANEWAY, "ordered"), person(TYPHUSS_JAMES_HALLIWELL, "spy"),
                        faction(MAQUIS, "target"), empire(TERRAN_EMPIRE, "on behalf of")));
    }

    @Test // 48
    void inEarly2377TyphussWasDiscoveredByTheMaquisAsASpy() {
        event(DISCOVERY_OF_TYPHUSS)
                .body("data.event.kind", equalTo("ESPIONAGE"))
                .body("data.event.date", equalTo(EARLY_2377))
                .body(PARTICIPANTS, contains(person(TYPHUSS_JAMES_HALLIWELL, "spy"),
                        faction(MAQUIS, "discovered the spy")));
    }

    @Test // 49
    void janewayAndVoyagerWentToRescueTyphussFromTheMaquis() {
        event(MISSION_TO_RESCUE_TYPHUSS)
                .body("data.event.kind", equalTo("RESCUE"))
                .body("data.event.date", equalTo(EARLY_2377))
                .body("data.event.follows", equalTo(slug(DISCOVERY_OF_TYPHUSS)))
                .body(PARTICIPANTS, contains(person(KATHRYN_JANEWAY, "rescuer"), ship(VOYAGER, "rescuer"),
                        person(TYPHUSS_JAMES_HALLIWELL, "to be rescued"), faction(MAQUIS, "rescued from")));
    }

    @Test // 50
    void threeHoursLaterVoyagerRescuedTyphuss() {
        event(RESCUE_OF_TYPHUSS)
                .body("data.event.kind", equalTo("RESCUE"))
                .body("data.event.date", equalTo(date("2377-01-01", "2377-04-30", "three hours later")))
                .body("data.event.follows", equalTo(slug(MISSION_TO_RESCUE_TYPHUSS)))
                .body(PARTICIPANTS, contains(ship(VOYAGER, "rescuer"), person(TYPHUSS_JAMES_HALLIWELL, "rescued"),
                        faction(MAQUIS, "rescued from")));
    }

    @Test // 51
    void janewayCaptainsVoyagerOfTheTerranEmpire() {
        ship(VOYAGER)
                .body("data.ship.empire", equalTo(slug(TERRAN_EMPIRE)))
                .body("data.ship.commanders.nodes", contains(m("role", "captain", "person", slug(KATHRYN_JANEWAY))));
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

    @Test // 53
    void byThe2370sTheMaquisBoardedAndCapturedImperialStarfleetVessels() {
        event(CAPTURES_OF_STARFLEET_VESSELS)
                .body("data.event.kind", equalTo("CAPTURE"))
                .body("data.event.date", equalTo(date(null, "2379-12-31", "by the 2370s")))
                .body("data.event.target", equalTo("Imperial Starfleet vessels"))
                .body(PARTICIPANTS, contains(faction(MAQUIS, "captor"), faction(IMPERIAL_STARFLEET, "target")));
    }

    @Test // 54
    void theImperialStarfleetIsTheTerranEmpiresMilitary() {
        faction(IMPERIAL_STARFLEET)
                .body("data.faction.kind", equalTo("MILITARY"))
                .body("data.faction.serves", equalTo(slug(TERRAN_EMPIRE)));
    }

    @Test // 55
    void selokIsAMaquisCaptain() {
        person(SELOK)
                .body("data.person.title", equalTo("Captain"))
                .body("data.person.memberships.nodes", contains(factionMember(MAQUIS, "Captain")));
    }

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

    @Test // 58
    void in2374SelokWithIntelligenceOperativesEngineeredTheCaptureOfTheIssPrometheus() {
        event(CAPTURE_OF_THE_ISS_PROMETHEUS)
                .body("data.event.name", equalTo("Capture of the ISS Prometheus"))
                .body("data.event.kind", equalTo("CAPTURE"))
                .body("data.event.date", equalTo(IN_2374))
                .body(PARTICIPANTS, contains(person(SELOK, "led the capture"),
                        faction(INTELLIGENCE, "supported the capture"), faction(MAQUIS, "captor"),
                        ship(ISS_PROMETHEUS, "captured")));
    }

    @Test // 59
    void selokRenamedThePrometheusIrsEnterpriseAfterTheirSafeReturn() {
        ship(ISS_PROMETHEUS)
                .body("data.ship.renamedTo", equalTo(slug(IRS_ENTERPRISE)))
                .body("data.ship.renamed", equalTo(year(2374, "following their safe return to Maquis territory")))
                .body("data.ship.renamedBy", equalTo(slug(SELOK)));
        ship(IRS_ENTERPRISE).body("data.ship.renamedFrom", equalTo(slug(ISS_PROMETHEUS)));
    }

    @Test // 60
    void theRenamingOfTheIssPrometheusFollowedItsCapture() {
        event(RENAMING_OF_THE_ISS_PROMETHEUS)
                .body("data.event.name", equalTo("Renaming of the ISS Prometheus"))
                .body("data.event.kind", equalTo("RENAMING"))
                .body("data.event.date", equalTo(year(2374, "following their safe return to Maquis territory")))
                .body("data.event.follows", equalTo(slug(CAPTURE_OF_THE_ISS_PROMETHEUS)))
                .body(PARTICIPANTS, contains(person(SELOK, "renamed"), ship(ISS_PROMETHEUS, "old name"),
                        ship(IRS_ENTERPRISE, "new name"), faction(MAQUIS, "flagship of")));
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

    @Test // 63
    void overTheNextFiveYearsTheEnterpriseLedARaidOnCestusIII() {
        event(RAID_ON_CESTUS_III)
                .body("data.event.kind", equalTo("RAID"))
                .body("data.event.place", equalTo(m("slug", CESTUS_III, "kind", "PLANET")))
                .body("data.event.date", equalTo(OVER_THE_NEXT_FIVE_YEARS))
                .body(PARTICIPANTS, contains(ship(IRS_ENTERPRISE, "led the raid"), faction(MAQUIS, "raider"),
                        empire(TERRAN_EMPIRE, "target")));
    }

    @Test // 64
    void overTheNextFiveYearsTheEnterpriseLedARaidOnShermansPlanet() {
        event(RAID_ON_SHERMANS_PLANET)
                .body("data.event.name", equalTo("Raid on Sherman's Planet"))
                .body("data.event.kind", equalTo("RAID"))
                .body("data.event.place", equalTo(m("slug", SHERMANS_PLANET, "kind", "PLANET")))
                .body("data.event.date", equalTo(OVER_THE_NEXT_FIVE_YEARS))
                .body(PARTICIPANTS, contains(ship(IRS_ENTERPRISE, "led the raid"), faction(MAQUIS, "raider"),
                        empire(TERRAN_EMPIRE, "target")));
        place(SHERMANS_PLANET).body("data.place.name", equalTo("Sherman's Planet"));
    }

    // =====================================================================================================
    // Kira, the Bajora cell, crossings
    // =====================================================================================================

    @Test // 65
    void theBajoraCellIsACellOfTheMaquis() {
        cell(BAJORA_CELL)
                .body("data.cell.name", equalTo("Bajora cell"))
                .body("data.cell.faction", equalTo(slug(MAQUIS)));
    }

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

    @Test // 69
    void shakaarEdonsSuccessionFollowedMajorKirasCrossing() {
        event(SHAKAAR_TAKES_OVER)
                .body("data.event.kind", equalTo("SUCCESSION"))
                .body("data.event.date", equalTo(IN_2383))
                .body("data.event.follows", equalTo(slug(MAJOR_KIRA_CROSSES)))
                .body(PARTICIPANTS, contains(person(SHAKAAR_EDON, "new leader"), person(KIRA, "previous leader")));
    }

    @Test // 70
    void in2383MajorKiraLeftWithCaptainKiraForHisUniverse() {
        event(MAJOR_KIRA_CROSSES)
                .body("data.event.kind", equalTo("CROSSING"))
                .body("data.event.universe", equalTo("MIRROR"))
                .body("data.event.fromUniverse", equalTo("MIRROR"))
                .body("data.event.toUniverse", equalTo("PRIMARY"))
                .body("data.event.date", equalTo(IN_2383))
                .body(PARTICIPANTS, contains(person(KIRA, "crossed"), person(KIRA_PRIMARY, "crossed")));
    }

    @Test // 71
    void in2384KiraReturnedToHerUniverseToGetSeskaEzriTiganAndJadziaDax() {
        event(KIRA_RETURNS)
                .body("data.event.kind", equalTo("CROSSING"))
                .body("data.event.universe", equalTo("PRIMARY"))
                .body("data.event.fromUniverse", equalTo("PRIMARY"))
                .body("data.event.toUniverse", equalTo("MIRROR"))
                .body("data.event.date", equalTo(IN_2384))
                .body(PARTICIPANTS, contains(person(KIRA, "crossed")));
    }

    @Test // 72
    void kiraAndTyphussBroughtSeskaEzriTiganAndJadziaDaxToThePrimaryUniverse() {
        event(SESKA_EZRI_JADZIA_BROUGHT_ACROSS)
                .body("data.event.kind", equalTo("CROSSING"))
                .body("data.event.universe", equalTo("MIRROR"))
                .body("data.event.fromUniverse", equalTo("MIRROR"))
                .body("data.event.toUniverse", equalTo("PRIMARY"))
                .body("data.event.date", equalTo(IN_2384))
                .body("data.event.follows", equalTo(slug(KIRA_RETURNS)))
                .body(PARTICIPANTS, contains(person(KIRA, "brought them across"),
                        person(TYPHUSS_JAMES_HALLIWELL, "brought them across"), person(SESKA, "crossed"),
                        person(EZRI_TIGAN, "crossed"), person(JADZIA_DAX, "crossed")));
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

    // =====================================================================================================
    // Operations and expected values
    // =====================================================================================================

    static ValidatableResponse faction(String slug) {
        return ask("lore/faction", slug).body("data.faction.slug", equalTo(slug));
    }

    static ValidatableResponse person(String slug) {
        return ask("lore/person", slug).body("data.person.slug", equalTo(slug));
    }

    static ValidatableResponse empire(String slug) {
        return ask("lore/empire", slug).body("data.empire.slug", equalTo(slug));
    }

    static ValidatableResponse event(String slug) {
        return ask("lore/event", slug).body("data.event.slug", equalTo(slug));
    }

    static ValidatableResponse place(String slug) {
        return ask("lore/place", slug).body("data.place.slug", equalTo(slug));
    }

    static ValidatableResponse ship(String slug) {
        return ask("lore/ship", slug).body("data.ship.slug", equalTo(slug));
    }

    static ValidatableResponse shipClass(String slug) {
        return ask("lore/ship-class", slug).body("data.shipClass.slug", equalTo(slug));
    }

    static ValidatableResponse cell(String slug) {
        return ask("lore/cell", slug).body("data.cell.slug", equalTo(slug));
    }

    static ValidatableResponse archive() {
        return GraphQL.run("lore/archive").statusCode(200).body("errors", nullValue());
    }

    static ValidatableResponse ask(String operation, String slug) {
        return GraphQL.run(operation, Map.of("slug", slug)).statusCode(200).body("errors", nullValue());
    }

    /** The path to the Maquis' membership of one species: its reason and since. */
    static String speciesMembership(String species) {
        return "data.faction.species.nodes.find { it.species.slug == '" + species + "' }.subMap(['reason', 'since'])";
    }

    static String person(String slug, String role) {
        return "Person " + slug + ": " + role;
    }

    static String faction(String slug, String role) {
        return "Faction " + slug + ": " + role;
    }

    static String empire(String slug, String role) {
        return "Empire " + slug + ": " + role;
    }

    static String ship(String slug, String role) {
        return "Ship " + slug + ": " + role;
    }

    static Map<String, Object> leadership(String person, Map<String, Object> from, Map<String, Object> to) {
        return m("person", slug(person), "from", from, "to", to);
    }

    /** A membership of an empire, undated, as person.graphql reads it. */
    static Map<String, Object> empireMember(String empire, String role) {
        return m("role", role, "faction", null, "empire", slug(empire), "from", null, "to", null);
    }

    /** A membership of a faction, undated, as person.graphql reads it. */
    static Map<String, Object> factionMember(String faction, String role) {
        return m("role", role, "faction", slug(faction), "empire", null, "from", null, "to", null);
    }

    static Map<String, Object> slug(String slug) {
        return m("slug", slug);
    }

    static Map<String, Object> year(int year, String wording) {
        return date(year + "-01-01", year + "-12-31", wording);
    }

    static Map<String, Object> date(String earliest, String latest, String wording) {
        return m("earliest", earliest, "latest", latest, "wording", wording);
    }

    /** A JSON object as rest-assured reads it; unlike Map.of, values may be null. */
    static Map<String, Object> m(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
