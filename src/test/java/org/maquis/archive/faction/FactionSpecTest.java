package org.maquis.archive.faction;

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
 * The Faction type, as swapi-graphql specifies a type: by slug, through `node`, through `factions` with a cursor round
 * trip, its nulls, every field of its filter, and `createFaction` read back; the values are V2__mirror_maquis_lore.sql's.
 */
@QuarkusTest
class FactionSpecTest {

    static final String FIELDS = "id slug name universe kind description primaryMissions version founded { earliest latest wording }"
            + " headquarters { slug } counterpart { slug } partOf { slug } serves { slug } allegiance { slug } flagship { slug }"
            + " opposes { slug }";
    static final String BY_SLUG = "query Faction($slug: String!) { faction(slug: $slug) { " + FIELDS + " } }";
    static final String FACTIONS = """
            query Factions($first: Int, $after: String, $last: Int, $before: String,
                $filter: FactionFilterInput, $orderBy: NameOrder = NAME_ASC) {
              factions(first: $first, after: $after, last: $last, before: $before, filter: $filter,
                orderBy: $orderBy) PAGE
            }""".replace("PAGE", Specs.page("slug"));
    static final String FILTERED = """
            query Factions($first: Int, $filter: FactionFilterInput) {
              factions(first: $first, filter: $filter) { nodes { key: slug name universe kind founded { earliest latest } } totalCount }
            }""";
    /** The two Maquis share a name: the mirror's (600) comes before the primary's (601). */
    static final List<String> ALL = keys("imperial-starfleet", "intelligence", "maquis", "maquis-primary", "obsidian-order",
            "ruling-council", "tal-shiar", "vulcan-high-command");
    static final String MAQUIS_DESCRIPTION = "A highly-organized resistance movement of the mirror universe that strongly opposed"
            + " the Terran Empire in the late 23rd century and for much of the 24th century, established by Sarek of Vulcan and"
            + " Marlena Moreau to ensure Spock's plans to reform the Empire into a republic. Organized in cells hiding in nebulae,"
            + " asteroid belts or hollowed out moons, with various headquarters and a main base in the Badlands, by the 2370s it was"
            + " a huge force across the Alpha Quadrant, regarded by some as an empire in its own right.";

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> faction(String slug) {
        return ask(BY_SLUG, Map.of("slug", slug)).getMap("data.faction");
    }

    @Test
    void theMaquisBySlugWithEveryField() {
        assertEquals(m("id", LoreIds.encode("Faction:600"), "slug", "maquis", "name", "Maquis", "universe", "MIRROR",
                "kind", "RESISTANCE", "description", MAQUIS_DESCRIPTION, "primaryMissions", "Destroy the Terran Empire, free other species",
                "version", 1, "founded", m("earliest", "2286-01-01", "latest", "2289-12-31", "wording", "late 2280s"),
                "headquarters", m("slug", "badlands"), "counterpart", m("slug", "maquis-primary"), "partOf", null, "serves", null,
                "allegiance", m("slug", "spock"), "flagship", m("slug", "irs-enterprise"), "opposes", List.of(m("slug", "terran-empire"))),
                faction("maquis"));
    }

    @Test
    void anUnknownSlugIsNull() {
        Specs.nullAt(BY_SLUG, Map.of("slug", "bajoran-resistance"), "faction");
    }

    @Test
    void throughNodeAndNodesTheSameFaction() {
        Map<String, Object> council = faction("ruling-council");
        assertEquals(m("partOf", m("slug", "maquis"), "founded", m("earliest", "2298-01-01", "latest", "2298-12-31", "wording", "in 2298")),
                Specs.pick(council, "partOf", "founded"));
        Specs.sameThroughNode("Faction", FIELDS, LoreIds.encode("Faction:603"), council);
    }

    @Test
    void factionsWalkForwardAndBackwardByCursors() {
        Specs.walks(FACTIONS, Map.of(), "data.factions", ALL);
        Specs.walks(FACTIONS, Map.of("orderBy", "NAME_DESC"), "data.factions", keys("vulcan-high-command", "tal-shiar",
                "ruling-council", "obsidian-order", "maquis-primary", "maquis", "intelligence", "imperial-starfleet"));
        Specs.walks(FACTIONS, Map.of("filter", Map.of("kind", "INTELLIGENCE_AGENCY")), "data.factions",
                keys("intelligence", "obsidian-order", "tal-shiar"));
    }

    @Test
    void whatTheArticleDoesNotSayOfTheTalShiarIsNull() {
        assertEquals(m("primaryMissions", null, "founded", null, "headquarters", null, "counterpart", null, "partOf", null,
                "serves", null, "allegiance", null, "flagship", null, "opposes", List.of()), Specs.pick(faction("tal-shiar"),
                "primaryMissions", "founded", "headquarters", "counterpart", "partOf", "serves", "allegiance", "flagship", "opposes"));
        assertEquals(m("serves", m("slug", "terran-empire"), "founded", null), Specs.pick(faction("imperial-starfleet"), "serves", "founded"));
    }

    @Test
    void theFilterNarrowsByKindNameAndUniverse() {
        Specs.narrows(FILTERED, "data.factions", Map.of("kind", "INTELLIGENCE_AGENCY"), ALL,
                keys("intelligence", "obsidian-order", "tal-shiar"), row -> row.get("kind").equals("INTELLIGENCE_AGENCY"));
        Specs.narrows(FILTERED, "data.factions", Map.of("name", "MAQUIS"), ALL, keys("maquis", "maquis-primary"),
                row -> row.get("name").equals("Maquis"));
        Specs.narrows(FILTERED, "data.factions", Map.of("universe", "PRIMARY"), ALL, keys("maquis-primary"),
                row -> row.get("universe").equals("PRIMARY"));
        Specs.narrows(FILTERED, "data.factions", Map.of("universe", "MIRROR"), ALL,
                ALL.stream().filter(slug -> !slug.equals("maquis-primary")).toList(), row -> row.get("universe").equals("MIRROR"));
    }

    @Test
    void theFilterNarrowsByTheYearsOfFounding() {
        // The Maquis was founded in the late 2280s, the Ruling Council in 2298; no other founding is dated.
        Specs.narrows(FILTERED, "data.factions", Map.of("foundedFromYear", 2290), ALL, keys("ruling-council"),
                row -> founded(row, "latest").compareTo("2290-01-01") >= 0);
        Specs.narrows(FILTERED, "data.factions", Map.of("foundedToYear", 2290), ALL, keys("maquis"),
                row -> founded(row, "earliest").compareTo("2290-12-31") <= 0);
        Specs.narrows(FILTERED, "data.factions", Map.of("foundedFromYear", 2200, "foundedToYear", 2400), ALL,
                keys("maquis", "ruling-council"), row -> row.get("founded") != null);
    }

    @SuppressWarnings("unchecked")
    private static String founded(Map<String, Object> row, String side) {
        return (String) ((Map<String, Object>) row.get("founded")).get(side);
    }

    @Test
    void aCreatedFactionReadsBackFieldByFieldWithItsHistory() {
        String badlands = LoreIds.encode("Place:207");
        String maquisPrimary = LoreIds.encode("Faction:601");
        String maquis = LoreIds.encode("Faction:600");
        String terranEmpire = LoreIds.encode("Empire:300");
        String sarek = LoreIds.encode("Person:400");
        String voyager = LoreIds.encode("Ship:703");
        Map<String, Object> created = Specs.create("createFaction", "CreateFactionInput", "faction", FIELDS,
                m("name", "Bajoran Resistance", "universe", "MIRROR",
                "kind", "RESISTANCE", "description", "A test faction.", "primaryMissions", "Free Bajor",
                "founded", m("earliest", "2370-01-01", "latest", "2370-12-31", "wording", "in 2370"), "headquarters", badlands,
                "counterpart", maquisPrimary, "partOf", maquis, "serves", terranEmpire, "allegiance", sarek, "flagship", voyager));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "slug", "bajoran-resistance", "name", "Bajoran Resistance", "universe", "MIRROR", "kind", "RESISTANCE",
                "description", "A test faction.", "primaryMissions", "Free Bajor", "version", 1,
                "founded", m("earliest", "2370-01-01", "latest", "2370-12-31", "wording", "in 2370"), "headquarters", m("slug", "badlands"),
                "counterpart", m("slug", "maquis-primary"), "partOf", m("slug", "maquis"), "serves", m("slug", "terran-empire"),
                "allegiance", m("slug", "sarek"), "flagship", m("slug", "voyager"), "opposes", List.of()), faction("bajoran-resistance"));
        assertEquals(created, faction("bajoran-resistance"), "the payload answers what a read answers");
        Specs.sameThroughNode("Faction", FIELDS, id, faction("bajoran-resistance"));
        assertEquals(List.of(Specs.created("createFaction", id, m("allegiance", sarek, "counterpart", maquisPrimary,
                "description", "A test faction.", "flagship", voyager, "founded.earliest", "2370-01-01", "founded.latest", "2370-12-31",
                "founded.wording", "in 2370", "headquarters", badlands, "kind", "RESISTANCE", "name", "Bajoran Resistance",
                "partOf", maquis, "primaryMissions", "Free Bajor", "serves", terranEmpire, "slug", "bajoran-resistance",
                "universe", "MIRROR"))), Specs.history(id));
    }
}
