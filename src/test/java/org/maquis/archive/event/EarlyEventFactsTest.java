package org.maquis.archive.event;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.maquis.archive.support.LoreFacts.IN_2277;
import static org.maquis.archive.support.LoreFacts.IN_2298;
import static org.maquis.archive.support.LoreFacts.LATE_2280S;
import static org.maquis.archive.support.LoreFacts.OVER_THE_NEXT_FORTY_YEARS;
import static org.maquis.archive.support.LoreFacts.PARTICIPANTS;
import static org.maquis.archive.support.LoreFacts.RECENTLY_BY_THE_MID_2290S;
import static org.maquis.archive.support.LoreFacts.WITH_THE_COLLAPSE;
import static org.maquis.archive.support.LoreFacts.date;
import static org.maquis.archive.support.LoreFacts.empire;
import static org.maquis.archive.support.LoreFacts.event;
import static org.maquis.archive.support.LoreFacts.faction;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.LoreFacts.person;
import static org.maquis.archive.support.LoreFacts.slug;
import static org.maquis.archive.support.LoreSlugs.CARDASSIA;
import static org.maquis.archive.support.LoreSlugs.COLLAPSE_OF_THE_ROMULAN_STAR_EMPIRE;
import static org.maquis.archive.support.LoreSlugs.DEATH_OF_SPOCK;
import static org.maquis.archive.support.LoreSlugs.DEFECTION_OF_OFFICERS;
import static org.maquis.archive.support.LoreSlugs.DIVISION_INTO_CELLS;
import static org.maquis.archive.support.LoreSlugs.FORMATION_OF_INTELLIGENCE;
import static org.maquis.archive.support.LoreSlugs.FORMATION_OF_THE_RULING_COUNCIL;
import static org.maquis.archive.support.LoreSlugs.FOUNDING_OF_THE_MAQUIS;
import static org.maquis.archive.support.LoreSlugs.INTELLIGENCE;
import static org.maquis.archive.support.LoreSlugs.INVASION_OF_CARDASSIA;
import static org.maquis.archive.support.LoreSlugs.INVASION_OF_ROMULUS;
import static org.maquis.archive.support.LoreSlugs.KLINGON_EMPIRE;
import static org.maquis.archive.support.LoreSlugs.MAQUIS;
import static org.maquis.archive.support.LoreSlugs.MARLENA_MOREAU;
import static org.maquis.archive.support.LoreSlugs.OBSIDIAN_ORDER;
import static org.maquis.archive.support.LoreSlugs.RAIDS_ON_TERRAN_CARGO_CONVOYS;
import static org.maquis.archive.support.LoreSlugs.RAID_ON_RIGEL_IV;
import static org.maquis.archive.support.LoreSlugs.RELOCATION_FROM_VULCAN;
import static org.maquis.archive.support.LoreSlugs.RIGEL_IV;
import static org.maquis.archive.support.LoreSlugs.ROMULAN_STAR_EMPIRE;
import static org.maquis.archive.support.LoreSlugs.ROMULUS;
import static org.maquis.archive.support.LoreSlugs.RULING_COUNCIL;
import static org.maquis.archive.support.LoreSlugs.SARAH_SATO;
import static org.maquis.archive.support.LoreSlugs.SAREK;
import static org.maquis.archive.support.LoreSlugs.SPOCK;
import static org.maquis.archive.support.LoreSlugs.TAL_SHIAR;
import static org.maquis.archive.support.LoreSlugs.TERRAN_EMPIRE;
import static org.maquis.archive.support.LoreSlugs.TERRAN_KLINGON_ALLIANCE;
import static org.maquis.archive.support.LoreSlugs.VULCAN;
import static org.maquis.archive.support.LoreSlugs.VULCAN_HIGH_COMMAND;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The facts of the mirror-Maquis article (/work/shared/seeds/000_da87269660564615.txt) about the events from
 * Spock's death and the founding of the Maquis to the next forty years' invasions and the forming of Intelligence,
 * as numbered in src/test/resources/lore-facts.md, read back through the GraphQL API: one test per fact, named
 * after it. Things are reached by slug and through the API's relations, never by row id. The operations are the
 * files under src/test/resources/graphql/lore/.
 */
@QuarkusTest
class EarlyEventFactsTest {

    // =====================================================================================================
    // Founding, Spock, Marlena
    // =====================================================================================================

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

    @Test // 20
    void theDeathOfSpockIn2277PrecededHisAttemptOnSarahSato() {
        event(DEATH_OF_SPOCK)
                .body("data.event.kind", equalTo("DEATH"))
                .body("data.event.date", equalTo(IN_2277))
                .body(PARTICIPANTS, contains(person(SPOCK, "died"), person(SARAH_SATO, "assassination target")));
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

    @Test // 28
    void marlenaHadTheMovementSplitIntoCells() {
        event(DIVISION_INTO_CELLS)
                .body("data.event.kind", equalTo("REORGANIZATION"))
                .body("data.event.date", nullValue())
                .body("data.event.follows", equalTo(slug(RELOCATION_FROM_VULCAN)))
                .body(PARTICIPANTS, contains(person(MARLENA_MOREAU, "ordered"), faction(MAQUIS, "reorganized")));
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

    @Test // 32
    void theMaquisRaidedRigelIVIn2298() {
        event(RAID_ON_RIGEL_IV)
                .body("data.event.name", equalTo("Raid on Rigel IV"))
                .body("data.event.kind", equalTo("RAID"))
                .body("data.event.place.slug", equalTo(RIGEL_IV))
                .body("data.event.date", equalTo(IN_2298))
                .body(PARTICIPANTS, contains(faction(MAQUIS, "raider"), person(MARLENA_MOREAU, "killed")));
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

    @Test // 42
    void intelligenceWasFormedWithTheCollapseOfTheRomulanStarEmpire() {
        event(FORMATION_OF_INTELLIGENCE)
                .body("data.event.kind", equalTo("FOUNDING"))
                .body("data.event.date", equalTo(date(null, null, WITH_THE_COLLAPSE)))
                .body("data.event.follows", equalTo(slug(COLLAPSE_OF_THE_ROMULAN_STAR_EMPIRE)))
                .body(PARTICIPANTS, contains(faction(INTELLIGENCE, "founded"), faction(TAL_SHIAR, "members formed it"),
                        faction(OBSIDIAN_ORDER, "members formed it")));
    }
}
