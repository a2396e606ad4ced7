package org.maquis.archive.event;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.maquis.archive.support.LoreFacts.EARLY_2377;
import static org.maquis.archive.support.LoreFacts.IN_2371;
import static org.maquis.archive.support.LoreFacts.IN_2374;
import static org.maquis.archive.support.LoreFacts.IN_2383;
import static org.maquis.archive.support.LoreFacts.IN_2384;
import static org.maquis.archive.support.LoreFacts.OVER_THE_NEXT_FIVE_YEARS;
import static org.maquis.archive.support.LoreFacts.PARTICIPANTS;
import static org.maquis.archive.support.LoreFacts.date;
import static org.maquis.archive.support.LoreFacts.empire;
import static org.maquis.archive.support.LoreFacts.event;
import static org.maquis.archive.support.LoreFacts.faction;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.LoreFacts.person;
import static org.maquis.archive.support.LoreFacts.place;
import static org.maquis.archive.support.LoreFacts.ship;
import static org.maquis.archive.support.LoreFacts.slug;
import static org.maquis.archive.support.LoreFacts.year;
import static org.maquis.archive.support.LoreSlugs.CAPTURES_OF_STARFLEET_VESSELS;
import static org.maquis.archive.support.LoreSlugs.CAPTURE_OF_THE_ISS_PROMETHEUS;
import static org.maquis.archive.support.LoreSlugs.CESTUS_III;
import static org.maquis.archive.support.LoreSlugs.DISCOVERY_OF_TYPHUSS;
import static org.maquis.archive.support.LoreSlugs.EZRI_TIGAN;
import static org.maquis.archive.support.LoreSlugs.IMPERIAL_STARFLEET;
import static org.maquis.archive.support.LoreSlugs.INTELLIGENCE;
import static org.maquis.archive.support.LoreSlugs.IRS_ENTERPRISE;
import static org.maquis.archive.support.LoreSlugs.ISS_PROMETHEUS;
import static org.maquis.archive.support.LoreSlugs.JADZIA_DAX;
import static org.maquis.archive.support.LoreSlugs.KATHRYN_JANEWAY;
import static org.maquis.archive.support.LoreSlugs.KIRA;
import static org.maquis.archive.support.LoreSlugs.KIRA_PRIMARY;
import static org.maquis.archive.support.LoreSlugs.KIRA_RETURNS;
import static org.maquis.archive.support.LoreSlugs.MAJOR_KIRA_CROSSES;
import static org.maquis.archive.support.LoreSlugs.MAQUIS;
import static org.maquis.archive.support.LoreSlugs.MISSION_TO_RESCUE_TYPHUSS;
import static org.maquis.archive.support.LoreSlugs.RAID_ON_CESTUS_III;
import static org.maquis.archive.support.LoreSlugs.RAID_ON_SHERMANS_PLANET;
import static org.maquis.archive.support.LoreSlugs.RENAMING_OF_THE_ISS_PROMETHEUS;
import static org.maquis.archive.support.LoreSlugs.RESCUE_OF_TYPHUSS;
import static org.maquis.archive.support.LoreSlugs.SELOK;
import static org.maquis.archive.support.LoreSlugs.SESKA;
import static org.maquis.archive.support.LoreSlugs.SESKA_EZRI_JADZIA_BROUGHT_ACROSS;
import static org.maquis.archive.support.LoreSlugs.SHAKAAR_EDON;
import static org.maquis.archive.support.LoreSlugs.SHAKAAR_TAKES_OVER;
import static org.maquis.archive.support.LoreSlugs.SHERMANS_PLANET;
import static org.maquis.archive.support.LoreSlugs.TERRAN_EMPIRE;
import static org.maquis.archive.support.LoreSlugs.TYPHUSS_JAMES_HALLIWELL;
import static org.maquis.archive.support.LoreSlugs.TYPHUSS_ORDERED_TO_SPY;
import static org.maquis.archive.support.LoreSlugs.VOYAGER;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The facts of the mirror-Maquis article (/work/shared/seeds/000_da87269660564615.txt) about the events of the
 * 2370s and 2380s: Typhuss Halliwell's spying and rescue, the capture and renaming of the ISS Prometheus, the
 * Enterprise's raids, Kira's crossings, as numbered in src/test/resources/lore-facts.md, read back through the
 * GraphQL API: one test per fact, named after it. Things are reached by slug and through the API's relations, never
 * by row id. The operations are the files under src/test/resources/graphql/lore/.
 */
@QuarkusTest
class LaterEventFactsTest {

    // =====================================================================================================
    // Typhuss Halliwell
    // =====================================================================================================

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

    // =====================================================================================================
    // The 2370s, the Prometheus, the Enterprise
    // =====================================================================================================

    @Test // 53
    void byThe2370sTheMaquisBoardedAndCapturedImperialStarfleetVessels() {
        event(CAPTURES_OF_STARFLEET_VESSELS)
                .body("data.event.kind", equalTo("CAPTURE"))
                .body("data.event.date", equalTo(date(null, "2379-12-31", "by the 2370s")))
                .body("data.event.target", equalTo("Imperial Starfleet vessels"))
                .body(PARTICIPANTS, contains(faction(MAQUIS, "captor"), faction(IMPERIAL_STARFLEET, "target")));
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
}
