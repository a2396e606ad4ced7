package org.maquis.archive.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.Specs.ask;
import static org.maquis.archive.support.Specs.keys;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.LoreIds;
import org.maquis.archive.support.Specs;

/**
 * The Event type, as swapi-graphql specifies a type: by slug, through `node`, through `events` (the timeline, both ways)
 * with a cursor round trip, its nulls, every field of its filter, and `recordEvent` and `recordCrossing` read back; the
 * values are V2__mirror_maquis_lore.sql's.
 */
@QuarkusTest
class EventSpecTest {

    static final String FIELDS = "id slug name universe kind description version date { earliest latest wording } place { slug }"
            + " target follows { slug } fromUniverse toUniverse";
    static final String BY_SLUG = "query Event($slug: String!) { event(slug: $slug) { " + FIELDS + " } }";
    static final String EVENTS = """
            query Events($first: Int, $after: String, $last: Int, $before: String,
                $filter: EventFilterInput, $orderBy: EventOrder = DATE_ASC) {
              events(first: $first, after: $after, last: $last, before: $before, filter: $filter,
                orderBy: $orderBy) PAGE
            }""".replace("PAGE", Specs.page("slug"));
    static final String FILTERED = """
            query Events($first: Int, $filter: EventFilterInput) {
              events(first: $first, filter: $filter) {
                nodes { key: slug name universe kind place { slug } date { earliest latest } } totalCount
              }
            }""";
    /**
     * The timeline: by the first day each date can mean (its last day when open at the start), then its last day, then
     * the row; the undated last. The Alliance, dated only "by the mid-2290s", comes at 2296-12-31, and the captures
     * "by the 2370s" at 2379-12-31.
     */
    static final List<String> TIMELINE = keys("death-of-spock", "founding-of-the-maquis",
            "alliance-of-the-terran-empire-and-the-klingon-empire", "raid-on-rigel-iv", "formation-of-the-ruling-council",
            "invasion-of-cardassia", "invasion-of-romulus", "defection-of-military-officers-to-the-maquis",
            "typhuss-halliwell-ordered-to-spy-on-the-maquis", "capture-of-the-iss-prometheus", "renaming-of-the-iss-prometheus",
            "raid-on-cestus-iii", "raid-on-shermans-planet", "discovery-of-typhuss-halliwell-as-a-spy",
            "mission-to-rescue-typhuss-halliwell", "rescue-of-typhuss-halliwell", "maquis-captures-of-imperial-starfleet-vessels",
            "major-kira-crosses-to-the-primary-universe", "shakaar-edon-takes-over-the-bajora-cell", "kira-returns-to-the-mirror-universe",
            "seska-ezri-tigan-and-jadzia-dax-brought-to-the-primary-universe", "raids-on-terran-cargo-convoys",
            "relocation-of-the-maquis-from-vulcan", "division-of-the-maquis-into-cells", "collapse-of-the-romulan-star-empire",
            "formation-of-intelligence");
    /** DATE_DESC: the mirror (latest first, ties by the row backward), the undated still last. */
    static final List<String> TIMELINE_DESC = keys("seska-ezri-tigan-and-jadzia-dax-brought-to-the-primary-universe",
            "kira-returns-to-the-mirror-universe", "shakaar-edon-takes-over-the-bajora-cell", "major-kira-crosses-to-the-primary-universe",
            "maquis-captures-of-imperial-starfleet-vessels", "rescue-of-typhuss-halliwell", "mission-to-rescue-typhuss-halliwell",
            "discovery-of-typhuss-halliwell-as-a-spy", "raid-on-shermans-planet", "raid-on-cestus-iii", "renaming-of-the-iss-prometheus",
            "capture-of-the-iss-prometheus", "typhuss-halliwell-ordered-to-spy-on-the-maquis",
            "defection-of-military-officers-to-the-maquis", "invasion-of-romulus", "invasion-of-cardassia",
            "formation-of-the-ruling-council", "raid-on-rigel-iv", "alliance-of-the-terran-empire-and-the-klingon-empire",
            "founding-of-the-maquis", "death-of-spock", "formation-of-intelligence", "collapse-of-the-romulan-star-empire",
            "division-of-the-maquis-into-cells", "relocation-of-the-maquis-from-vulcan", "raids-on-terran-cargo-convoys");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> event(String slug) {
        return ask(BY_SLUG, Map.of("slug", slug)).getMap("data.event");
    }

    @Test
    void theRelocationFromVulcanBySlugWithEveryField() {
        assertEquals(m("id", LoreIds.encode("Event:903"), "slug", "relocation-of-the-maquis-from-vulcan",
                "name", "Relocation of the Maquis from Vulcan", "universe", "MIRROR", "kind", "RELOCATION",
                "description", "The Maquis were forced to move off Vulcan at the behest of Sarek and the Vulcan High Command, who feared"
                        + " that the Terrans would launch an attack against the planet.",
                "version", 1, "date", null, "place", m("slug", "vulcan"), "target", null,
                "follows", m("slug", "raids-on-terran-cargo-convoys"), "fromUniverse", null, "toUniverse", null),
                event("relocation-of-the-maquis-from-vulcan"));
    }

    @Test
    void anUnknownSlugIsNull() {
        Specs.nullAt(BY_SLUG, Map.of("slug", "raid-on-bajor"), "event");
    }

    @Test
    void throughNodeAndNodesTheSameEvent() {
        Map<String, Object> crossing = event("major-kira-crosses-to-the-primary-universe");
        assertEquals(m("kind", "CROSSING", "date", m("earliest", "2383-01-01", "latest", "2383-12-31", "wording", "in 2383"),
                "fromUniverse", "MIRROR", "toUniverse", "PRIMARY"), Specs.pick(crossing, "kind", "date", "fromUniverse", "toUniverse"));
        Specs.sameThroughNode("Event", FIELDS, LoreIds.encode("Event:922"), crossing);
    }

    @Test
    void theTimelineWalksForwardAndBackwardByCursors() {
        Specs.walks(EVENTS, Map.of(), "data.events", TIMELINE);
        Specs.walks(EVENTS, Map.of("orderBy", "DATE_DESC"), "data.events", TIMELINE_DESC);
        // A year window, with the events that straddle it: begun before 2300, or dated only "by the 2370s".
        List<String> window = keys("invasion-of-cardassia", "invasion-of-romulus", "defection-of-military-officers-to-the-maquis",
                "typhuss-halliwell-ordered-to-spy-on-the-maquis", "capture-of-the-iss-prometheus", "renaming-of-the-iss-prometheus",
                "raid-on-cestus-iii", "raid-on-shermans-planet", "discovery-of-typhuss-halliwell-as-a-spy",
                "mission-to-rescue-typhuss-halliwell", "rescue-of-typhuss-halliwell", "maquis-captures-of-imperial-starfleet-vessels");
        Map<String, Object> years = Map.of("fromYear", 2300, "toYear", 2378);
        Specs.walks(EVENTS, Map.of("filter", years), "data.events", window);
        Specs.walks(EVENTS, Map.of("filter", years, "orderBy", "DATE_DESC"), "data.events", Specs.reversed(window));
    }

    @Test
    void whatTheArticleDoesNotSayOfTheCollapseIsNull() {
        assertEquals(m("date", null, "place", null, "target", null, "follows", null, "fromUniverse", null, "toUniverse", null),
                Specs.pick(event("collapse-of-the-romulan-star-empire"), "date", "place", "target", "follows", "fromUniverse", "toUniverse"));
        // Dated by its wording alone: a date whose days are null.
        assertEquals(m("date", m("earliest", null, "latest", null, "wording", "with the collapse of the Romulan Star Empire")),
                Specs.pick(event("formation-of-intelligence"), "date"));
    }

    @Test
    void theFilterNarrowsByKindNamePlaceAndUniverse() {
        Specs.narrows(FILTERED, "data.events", Map.of("kind", "RESCUE"), TIMELINE,
                keys("mission-to-rescue-typhuss-halliwell", "rescue-of-typhuss-halliwell"), row -> row.get("kind").equals("RESCUE"));
        Specs.narrows(FILTERED, "data.events", Map.of("name", "RAID"), TIMELINE,
                keys("raid-on-rigel-iv", "raid-on-cestus-iii", "raid-on-shermans-planet", "raids-on-terran-cargo-convoys"),
                row -> row.get("name").toString().toLowerCase().contains("raid"));
        Specs.narrows(FILTERED, "data.events", Map.of("place", "rigel-iv"), TIMELINE, keys("raid-on-rigel-iv"),
                row -> m("slug", "rigel-iv").equals(row.get("place")));
        Specs.narrows(FILTERED, "data.events", Map.of("universe", "PRIMARY"), TIMELINE, keys("kira-returns-to-the-mirror-universe"),
                row -> row.get("universe").equals("PRIMARY"));
    }

    @Test
    void theFilterNarrowsByYears() {
        Specs.narrows(FILTERED, "data.events", Map.of("fromYear", 2380), TIMELINE, keys("major-kira-crosses-to-the-primary-universe",
                "shakaar-edon-takes-over-the-bajora-cell", "kira-returns-to-the-mirror-universe",
                "seska-ezri-tigan-and-jadzia-dax-brought-to-the-primary-universe"), row -> day(row, "latest").compareTo("2380-01-01") >= 0);
        // A date open at its start ("by the mid-2290s", "by the 2370s") can have happened in any year before its end.
        Specs.narrows(FILTERED, "data.events", Map.of("toYear", 2290), TIMELINE, keys("death-of-spock", "founding-of-the-maquis",
                "alliance-of-the-terran-empire-and-the-klingon-empire", "maquis-captures-of-imperial-starfleet-vessels"),
                row -> day(row, "earliest") == null || day(row, "earliest").compareTo("2290-12-31") <= 0);
        Specs.narrows(FILTERED, "data.events", Map.of("fromYear", 2377, "toYear", 2377), TIMELINE, keys("raid-on-cestus-iii",
                "raid-on-shermans-planet", "discovery-of-typhuss-halliwell-as-a-spy", "mission-to-rescue-typhuss-halliwell",
                "rescue-of-typhuss-halliwell", "maquis-captures-of-imperial-starfleet-vessels"),
                row -> day(row, "latest").compareTo("2377-01-01") >= 0 && (day(row, "earliest") == null
                        || day(row, "earliest").compareTo("2377-12-31") <= 0));
    }

    @SuppressWarnings("unchecked")
    private static String day(Map<String, Object> row, String side) {
        return (String) ((Map<String, Object>) row.get("date")).get(side);
    }

    @Test
    void aRecordedEventReadsBackFieldByFieldWithItsHistory() {
        String badlands = LoreIds.encode("Place:207");
        String maquis = LoreIds.encode("Faction:600");
        Map<String, Object> created = Specs.create("recordEvent", "RecordEventInput", "event", FIELDS,
                m("name", "Raid on Bajor", "universe", "MIRROR",
                "kind", "RAID", "description", "A test raid.", "target", "ore freighters", "place", badlands,
                "date", m("earliest", "2375-01-01", "latest", "2375-12-31", "wording", "in 2375"),
                "participants", List.of(m("id", maquis, "role", "raider"))));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "slug", "raid-on-bajor", "name", "Raid on Bajor", "universe", "MIRROR", "kind", "RAID",
                "description", "A test raid.", "version", 1, "date", m("earliest", "2375-01-01", "latest", "2375-12-31", "wording", "in 2375"),
                "place", m("slug", "badlands"), "target", "ore freighters", "follows", null, "fromUniverse", null, "toUniverse", null),
                event("raid-on-bajor"));
        assertEquals(created, event("raid-on-bajor"), "the payload answers what a read answers");
        Specs.sameThroughNode("Event", FIELDS, id, event("raid-on-bajor"));
        assertEquals(List.of(Specs.created("recordEvent", id, m("date.earliest", "2375-01-01", "date.latest", "2375-12-31",
                "date.wording", "in 2375", "description", "A test raid.", "kind", "RAID", "name", "Raid on Bajor", "place", badlands,
                "slug", "raid-on-bajor", "target", "ore freighters", "universe", "MIRROR"))), Specs.history(id));
    }

    @Test
    void aRecordedCrossingReadsBackWithItsUniverses() {
        String sarek = LoreIds.encode("Person:400");
        String id = Specs.create("recordCrossing", "RecordCrossingInput", "event", m("name", "Sarek crosses", "from", "MIRROR",
                "to", "PRIMARY", "description", "A test crossing.", "travellers", List.of(sarek)));
        assertEquals(m("id", id, "slug", "sarek-crosses", "name", "Sarek crosses", "universe", "MIRROR", "kind", "CROSSING",
                "description", "A test crossing.", "version", 1, "date", null, "place", null, "target", null, "follows", null,
                "fromUniverse", "MIRROR", "toUniverse", "PRIMARY"), event("sarek-crosses"));
        assertEquals(List.of(Specs.created("recordCrossing", id, m("description", "A test crossing.", "fromUniverse", "MIRROR",
                "kind", "CROSSING", "name", "Sarek crosses", "slug", "sarek-crosses", "toUniverse", "PRIMARY", "universe", "MIRROR"))),
                Specs.history(id));
    }
}
