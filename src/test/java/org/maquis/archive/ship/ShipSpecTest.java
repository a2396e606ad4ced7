package org.maquis.archive.ship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.Specs.ask;
import static org.maquis.archive.support.Specs.keys;
import static org.maquis.archive.support.Specs.pick;

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
 * The Ship type, as swapi-graphql specifies a type: by slug, through `node`, through `ships` with a cursor round trip,
 * its nulls, every field of its filter, and `createShip` read back; the values are V2__mirror_maquis_lore.sql's.
 */
@QuarkusTest
class ShipSpecTest {

    static final String FIELDS = "id slug name universe description prototype version renamed { earliest latest wording }"
            + " shipClass { slug } faction { slug } empire { slug } renamedTo { slug } renamedFrom { slug } renamedBy { slug }";
    static final String BY_SLUG = "query Ship($slug: String!) { ship(slug: $slug) { " + FIELDS + " } }";
    static final String SHIPS = """
            query Ships($first: Int, $after: String, $last: Int, $before: String,
                $filter: ShipFilterInput, $orderBy: NameOrder = NAME_ASC) {
              ships(first: $first, after: $after, last: $last, before: $before, filter: $filter,
                orderBy: $orderBy) PAGE
            }""".replace("PAGE", Specs.page("slug"));
    static final String FILTERED = """
            query Ships($first: Int, $filter: ShipFilterInput) {
              ships(first: $first, filter: $filter) { nodes { key: slug name universe prototype shipClass { slug } } totalCount }
            }""";
    static final List<String> ALL = keys("irs-enterprise", "iss-enterprise", "iss-prometheus", "voyager");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> ship(String slug) {
        return ask(BY_SLUG, Map.of("slug", slug)).getMap("data.ship");
    }

    @Test
    void theIssPrometheusBySlugWithEveryField() {
        assertEquals(m("id", LoreIds.encode("Ship:700"), "slug", "iss-prometheus", "name", "ISS Prometheus", "universe", "MIRROR",
                "description", "The prototype Prometheus-class warship of the Imperial Starfleet, captured in 2374 by Captain Selok"
                        + " with support from Intelligence operatives in the Maquis' boldest capture, then made the Maquis flagship"
                        + " and renamed IRS Enterprise.",
                "prototype", true, "version", 1,
                "renamed", m("earliest", "2374-01-01", "latest", "2374-12-31", "wording", "following their safe return to Maquis territory"),
                "shipClass", m("slug", "prometheus-class"), "faction", m("slug", "imperial-starfleet"), "empire", m("slug", "terran-empire"),
                "renamedTo", m("slug", "irs-enterprise"), "renamedFrom", null, "renamedBy", m("slug", "selok")), ship("iss-prometheus"));
    }

    @Test
    void anUnknownSlugIsNull() {
        Specs.nullAt(BY_SLUG, Map.of("slug", "uss-defiant"), "ship");
    }

    @Test
    void throughNodeAndNodesTheSameShip() {
        Map<String, Object> enterprise = ship("irs-enterprise");
        assertEquals(LoreIds.encode("Ship:701"), enterprise.get("id"));
        Specs.sameThroughNode("Ship", FIELDS, LoreIds.encode("Ship:701"), enterprise);
    }

    @Test
    void shipsWalkForwardAndBackwardByCursors() {
        Specs.walks(SHIPS, Map.of(), "data.ships", ALL);
        Specs.walks(SHIPS, Map.of("orderBy", "NAME_DESC"), "data.ships", keys("voyager", "iss-prometheus", "iss-enterprise", "irs-enterprise"));
        Specs.walks(SHIPS, Map.of("filter", Map.of("prototype", false)), "data.ships", keys("iss-enterprise", "voyager"));
    }

    @Test
    void whatTheArticleDoesNotSayOfTheIssEnterpriseIsNull() {
        Map<String, Object> enterprise = ship("iss-enterprise");
        assertEquals(m("prototype", false, "renamed", null, "shipClass", null, "faction", null, "empire", null,
                "renamedTo", null, "renamedFrom", null, "renamedBy", null), pick(enterprise, "prototype", "renamed", "shipClass",
                "faction", "empire", "renamedTo", "renamedFrom", "renamedBy"));
    }

    @Test
    void theFilterNarrowsByNamePrototypeAndClass() {
        Specs.narrows(FILTERED, "data.ships", Map.of("name", "ENTERPRISE"), ALL, keys("irs-enterprise", "iss-enterprise"),
                row -> row.get("name").toString().toLowerCase().contains("enterprise"));
        Specs.narrows(FILTERED, "data.ships", Map.of("prototype", true), ALL, keys("irs-enterprise", "iss-prometheus"),
                row -> row.get("prototype").equals(true));
        Specs.narrows(FILTERED, "data.ships", Map.of("prototype", false), ALL, keys("iss-enterprise", "voyager"),
                row -> row.get("prototype").equals(false));
        Specs.narrows(FILTERED, "data.ships", Map.of("shipClass", "prometheus-class"), ALL, keys("irs-enterprise", "iss-prometheus"),
                row -> m("slug", "prometheus-class").equals(row.get("shipClass")));
    }

    @Test
    void theFilterNarrowsByUniverse() {
        create(Map.of("name", "Voyager", "universe", "PRIMARY", "description", "The primary universe's Voyager."));
        List<String> all = keys("irs-enterprise", "iss-enterprise", "iss-prometheus", "voyager", "voyager-primary");
        Specs.narrows(FILTERED, "data.ships", Map.of("universe", "PRIMARY"), all, keys("voyager-primary"),
                row -> row.get("universe").equals("PRIMARY"));
        Specs.narrows(FILTERED, "data.ships", Map.of("universe", "MIRROR"), all, ALL, row -> row.get("universe").equals("MIRROR"));
    }

    @Test
    void aCreatedShipReadsBackFieldByFieldWithItsHistory() {
        String shipClass = LoreIds.encode("ShipClass:500");
        String maquis = LoreIds.encode("Faction:600");
        String terranEmpire = LoreIds.encode("Empire:300");
        Map<String, Object> created = Specs.create("createShip", "CreateShipInput", "ship", FIELDS,
                Map.of("name", "IRS Defiant", "universe", "MIRROR", "description", "A test warship of the Maquis.",
                "prototype", true, "shipClass", shipClass, "faction", maquis, "empire", terranEmpire));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "slug", "irs-defiant", "name", "IRS Defiant", "universe", "MIRROR",
                "description", "A test warship of the Maquis.", "prototype", true, "version", 1, "renamed", null,
                "shipClass", m("slug", "prometheus-class"), "faction", m("slug", "maquis"), "empire", m("slug", "terran-empire"),
                "renamedTo", null, "renamedFrom", null, "renamedBy", null), ship("irs-defiant"));
        assertEquals(created, ship("irs-defiant"), "the payload answers what a read answers");
        Specs.sameThroughNode("Ship", FIELDS, id, ship("irs-defiant"));
        assertEquals(List.of(Specs.created("createShip", id, m("description", "A test warship of the Maquis.", "empire", terranEmpire,
                "faction", maquis, "name", "IRS Defiant", "prototype", "true", "shipClass", shipClass, "slug", "irs-defiant",
                "universe", "MIRROR"))), Specs.history(id));
    }

    @Test
    void aShipCreatedWithoutItsOptionalFieldsHasThemNull() {
        String id = create(Map.of("name", "Kessik", "universe", "MIRROR", "description", "A raider."));
        assertEquals(m("id", id, "prototype", false, "shipClass", null, "faction", null, "empire", null, "renamed", null),
                pick(ship("kessik"), "id", "prototype", "shipClass", "faction", "empire", "renamed"));
    }

    static String create(Map<String, Object> input) {
        return Specs.create("createShip", "CreateShipInput", "ship", input);
    }
}
