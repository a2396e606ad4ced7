package org.maquis.archive.place;

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
 * The Place type, as swapi-graphql specifies a type: by slug, through `node`, through `places` with a cursor round
 * trip, its nulls, every field of its filter, and `createPlace` read back; the values are V2__mirror_maquis_lore.sql's.
 */
@QuarkusTest
class PlaceSpecTest {

    static final String FIELDS = "id slug name universe kind description version locatedIn { slug }"
            + " contains(first: 5) { nodes { slug } totalCount }";
    static final String BY_SLUG = "query Place($slug: String!) { place(slug: $slug) { " + FIELDS + " } }";
    static final String PLACES = """
            query Places($first: Int, $after: String, $last: Int, $before: String,
                $filter: PlaceFilterInput, $orderBy: NameOrder = NAME_ASC) {
              places(first: $first, after: $after, last: $last, before: $before, filter: $filter,
                orderBy: $orderBy) PAGE
            }""".replace("PAGE", Specs.page("slug"));
    static final String FILTERED = """
            query Places($first: Int, $filter: PlaceFilterInput) {
              places(first: $first, filter: $filter) { nodes { key: slug name universe kind } totalCount }
            }""";
    static final List<String> ALL = keys("alpha-quadrant", "badlands", "cardassia", "cestus-iii", "rigel-iv", "romulus",
            "shermans-planet", "vulcan");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> place(String slug) {
        return ask(BY_SLUG, Map.of("slug", slug)).getMap("data.place");
    }

    @Test
    void theBadlandsBySlugWithEveryField() {
        assertEquals(m("id", LoreIds.encode("Place:207"), "slug", "badlands", "name", "Badlands", "universe", "MIRROR", "kind", "REGION",
                "description", "Region where the Maquis had its main base of operations, which served as the Maquis Headquarters.",
                "version", 1, "locatedIn", m("slug", "alpha-quadrant"), "contains", m("nodes", List.of(), "totalCount", 0)),
                place("badlands"));
    }

    @Test
    void anUnknownSlugIsNull() {
        Specs.nullAt(BY_SLUG, Map.of("slug", "bajor"), "place");
    }

    @Test
    void throughNodeAndNodesTheSamePlace() {
        Specs.sameThroughNode("Place", FIELDS, LoreIds.encode("Place:200"), place("alpha-quadrant"));
    }

    @Test
    void placesWalkForwardAndBackwardByCursors() {
        Specs.walks(PLACES, Map.of(), "data.places", ALL);
        Specs.walks(PLACES, Map.of("orderBy", "NAME_DESC"), "data.places", Specs.reversed(ALL));
        Specs.walks(PLACES, Map.of("filter", Map.of("kind", "PLANET")), "data.places",
                keys("cardassia", "cestus-iii", "rigel-iv", "romulus", "shermans-planet", "vulcan"));
    }

    @Test
    void whatTheArticleDoesNotSayOfTheAlphaQuadrantIsNull() {
        assertEquals(m("locatedIn", null, "contains", m("nodes", List.of(m("slug", "badlands"), m("slug", "cestus-iii"),
                m("slug", "shermans-planet")), "totalCount", 3)), Specs.pick(place("alpha-quadrant"), "locatedIn", "contains"));
        assertEquals(m("locatedIn", null), Specs.pick(place("vulcan"), "locatedIn"));
    }

    @Test
    void theFilterNarrowsByKindAndName() {
        Specs.narrows(FILTERED, "data.places", Map.of("kind", "PLANET"), ALL,
                keys("cardassia", "cestus-iii", "rigel-iv", "romulus", "shermans-planet", "vulcan"), row -> row.get("kind").equals("PLANET"));
        Specs.narrows(FILTERED, "data.places", Map.of("kind", "REGION"), ALL, keys("badlands"), row -> row.get("kind").equals("REGION"));
        Specs.narrows(FILTERED, "data.places", Map.of("name", "US I"), ALL, keys("cestus-iii"),
                row -> row.get("name").toString().toLowerCase().contains("us i"));
    }

    @Test
    void theFilterNarrowsByUniverse() {
        createBajor();
        List<String> all = keys("alpha-quadrant", "badlands", "bajor", "cardassia", "cestus-iii", "rigel-iv", "romulus",
                "shermans-planet", "vulcan");
        Specs.narrows(FILTERED, "data.places", Map.of("universe", "PRIMARY"), all, keys("bajor"), row -> row.get("universe").equals("PRIMARY"));
        Specs.narrows(FILTERED, "data.places", Map.of("universe", "MIRROR"), all, ALL, row -> row.get("universe").equals("MIRROR"));
    }

    private static String createBajor() {
        return Specs.create("createPlace", "CreatePlaceInput", "place",
                m("name", "Bajor", "universe", "PRIMARY", "description", "A planet of the primary universe.", "kind", "PLANET"));
    }

    @Test
    void aCreatedPlaceReadsBackFieldByFieldWithItsHistory() {
        String quadrant = LoreIds.encode("Place:200");
        Map<String, Object> created = Specs.create("createPlace", "CreatePlaceInput", "place", FIELDS,
                m("name", "Terok Nor", "universe", "MIRROR",
                "description", "A station above Bajor.", "kind", "REGION", "locatedIn", quadrant));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "slug", "terok-nor", "name", "Terok Nor", "universe", "MIRROR", "kind", "REGION",
                "description", "A station above Bajor.", "version", 1, "locatedIn", m("slug", "alpha-quadrant"),
                "contains", m("nodes", List.of(), "totalCount", 0)), place("terok-nor"));
        assertEquals(created, place("terok-nor"), "the payload answers what a read answers");
        Specs.sameThroughNode("Place", FIELDS, id, place("terok-nor"));
        assertEquals(List.of(Specs.created("createPlace", id, m("description", "A station above Bajor.", "kind", "REGION",
                "locatedIn", quadrant, "name", "Terok Nor", "slug", "terok-nor", "universe", "MIRROR"))), Specs.history(id));
        String bajor = createBajor();
        assertEquals(m("id", bajor, "locatedIn", null), Specs.pick(place("bajor"), "id", "locatedIn"));
    }
}
