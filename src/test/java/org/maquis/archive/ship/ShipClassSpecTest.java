package org.maquis.archive.ship;

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
 * The ShipClass type, as swapi-graphql specifies a type: by slug, through `node`, through `shipClasses` with a cursor
 * round trip, every field of its filter, and `createShipClass` read back. The article names one class, so the list's
 * tests add two of their own (and forget them after).
 */
@QuarkusTest
class ShipClassSpecTest {

    static final String FIELDS = "id slug name universe description version ships(first: 10) { nodes { slug } totalCount }";
    static final String BY_SLUG = "query ShipClass($slug: String!) { shipClass(slug: $slug) { " + FIELDS + " } }";
    static final String CLASSES = """
            query Classes($first: Int, $after: String, $last: Int, $before: String, $orderBy: NameOrder = NAME_ASC) {
              shipClasses(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) PAGE
            }""".replace("PAGE", Specs.page("slug"));
    static final String FILTERED = """
            query Classes($first: Int, $filter: NameFilterInput) {
              shipClasses(first: $first, filter: $filter) { nodes { key: slug name universe } totalCount }
            }""";
    static final String PROMETHEUS_DESCRIPTION =
            "Class of warship whose prototype, the ISS Prometheus, the Maquis captured in 2374 and renamed IRS Enterprise.";

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> shipClass(String slug) {
        return ask(BY_SLUG, Map.of("slug", slug)).getMap("data.shipClass");
    }

    static String create(String name, String universe, String description) {
        return Specs.create("createShipClass", "CreateShipClassInput", "shipClass",
                Map.of("name", name, "universe", universe, "description", description));
    }

    @Test
    void thePrometheusClassBySlugWithEveryField() {
        assertEquals(m("id", LoreIds.encode("ShipClass:500"), "slug", "prometheus-class", "name", "Prometheus class",
                "universe", "MIRROR", "description", PROMETHEUS_DESCRIPTION, "version", 1,
                "ships", m("nodes", List.of(m("slug", "irs-enterprise"), m("slug", "iss-prometheus")), "totalCount", 2)),
                shipClass("prometheus-class"));
    }

    @Test
    void anUnknownSlugIsNull() {
        Specs.nullAt(BY_SLUG, Map.of("slug", "defiant-class"), "shipClass");
    }

    @Test
    void throughNodeAndNodesTheSameClass() {
        Specs.sameThroughNode("ShipClass", FIELDS, LoreIds.encode("ShipClass:500"), shipClass("prometheus-class"));
    }

    @Test
    void shipClassesWalkForwardAndBackwardByCursors() {
        create("Defiant class", "MIRROR", "An escort.");
        create("Akira class", "MIRROR", "A carrier.");
        Specs.walks(CLASSES, Map.of(), "data.shipClasses", keys("akira-class", "defiant-class", "prometheus-class"));
        Specs.walks(CLASSES, Map.of("orderBy", "NAME_DESC"), "data.shipClasses", keys("prometheus-class", "defiant-class", "akira-class"));
    }

    @Test
    void aClassWithoutShipsHasAnEmptyListNotNull() {
        String id = create("Defiant class", "MIRROR", "An escort.");
        assertEquals(m("id", id, "ships", m("nodes", List.of(), "totalCount", 0)), Specs.pick(shipClass("defiant-class"), "id", "ships"));
    }

    @Test
    void theFilterNarrowsByNameAndUniverse() {
        create("Defiant class", "PRIMARY", "An escort of the primary universe.");
        List<String> all = keys("defiant-class", "prometheus-class");
        Specs.narrows(FILTERED, "data.shipClasses", Map.of("name", "PROMETHEUS"), all, keys("prometheus-class"),
                row -> row.get("name").toString().toLowerCase().contains("prometheus"));
        Specs.narrows(FILTERED, "data.shipClasses", Map.of("universe", "PRIMARY"), all, keys("defiant-class"),
                row -> row.get("universe").equals("PRIMARY"));
        Specs.narrows(FILTERED, "data.shipClasses", Map.of("universe", "MIRROR"), all, keys("prometheus-class"),
                row -> row.get("universe").equals("MIRROR"));
    }

    @Test
    void aCreatedClassReadsBackFieldByFieldWithItsHistory() {
        Map<String, Object> created = Specs.create("createShipClass", "CreateShipClassInput", "shipClass", FIELDS,
                Map.of("name", "Defiant class", "universe", "PRIMARY", "description", "An escort of the primary universe."));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "slug", "defiant-class", "name", "Defiant class", "universe", "PRIMARY",
                "description", "An escort of the primary universe.", "version", 1, "ships", m("nodes", List.of(), "totalCount", 0)),
                shipClass("defiant-class"));
        assertEquals(created, shipClass("defiant-class"), "the payload answers what a read answers");
        Specs.sameThroughNode("ShipClass", FIELDS, id, shipClass("defiant-class"));
        assertEquals(List.of(Specs.created("createShipClass", id, m("description", "An escort of the primary universe.",
                "name", "Defiant class", "slug", "defiant-class", "universe", "PRIMARY"))), Specs.history(id));
    }
}
