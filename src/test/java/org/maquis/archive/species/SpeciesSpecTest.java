package org.maquis.archive.species;

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
 * The Species type, as swapi-graphql specifies a type: by slug, through `node`, through `allSpecies` with a cursor
 * round trip, every field of its filter, and `createSpecies` read back; the values are V2__mirror_maquis_lore.sql's.
 */
@QuarkusTest
class SpeciesSpecTest {

    static final String FIELDS = "id slug name universe description version people(first: 5) { nodes { slug } totalCount }"
            + " factions(first: 5) { nodes { faction { slug } reason since { earliest latest wording } } totalCount }";
    static final String BY_SLUG = "query Species($slug: String!) { species(slug: $slug) { " + FIELDS + " } }";
    static final String ALL_SPECIES = """
            query AllSpecies($first: Int, $after: String, $last: Int, $before: String,
                $filter: NameFilterInput, $orderBy: NameOrder = NAME_ASC) {
              allSpecies(first: $first, after: $after, last: $last, before: $before, filter: $filter,
                orderBy: $orderBy) PAGE
            }""".replace("PAGE", Specs.page("slug"));
    static final String FILTERED = """
            query AllSpecies($first: Int, $filter: NameFilterInput) {
              allSpecies(first: $first, filter: $filter) { nodes { key: slug name universe } totalCount }
            }""";
    /** The ranks of the Maquis, by name. */
    static final List<String> ALL = keys("andorian", "bajoran", "betazoid", "cardassian", "klingon", "orion", "reman", "romulan",
            "terran", "trill", "vulcan");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> species(String slug) {
        return ask(BY_SLUG, Map.of("slug", slug)).getMap("data.species");
    }

    static String create(String name, String universe, String description) {
        return Specs.create("createSpecies", "CreateSpeciesInput", "species",
                Map.of("name", name, "universe", universe, "description", description));
    }

    @Test
    void terransBySlugWithEveryField() {
        assertEquals(m("id", LoreIds.encode("Species:100"), "slug", "terran", "name", "Terran", "universe", "MIRROR",
                "description", "Terrans of the mirror universe; disheartened Terrans were among the members of the Maquis by the mid-2290s.",
                "version", 1, "people", m("nodes", List.of(), "totalCount", 0),
                "factions", m("nodes", List.of(m("faction", m("slug", "maquis"), "reason", "disheartened Terrans",
                        "since", m("earliest", null, "latest", "2296-12-31", "wording", "by the mid-2290s"))), "totalCount", 1)),
                species("terran"));
    }

    @Test
    void anUnknownSlugIsNull() {
        Specs.nullAt(BY_SLUG, Map.of("slug", "gorn"), "species");
    }

    @Test
    void throughNodeAndNodesTheSameSpecies() {
        Specs.sameThroughNode("Species", FIELDS, LoreIds.encode("Species:103"), species("klingon"));
    }

    @Test
    void allSpeciesWalkForwardAndBackwardByCursors() {
        Specs.walks(ALL_SPECIES, Map.of(), "data.allSpecies", ALL);
        Specs.walks(ALL_SPECIES, Map.of("orderBy", "NAME_DESC"), "data.allSpecies", Specs.reversed(ALL));
        Specs.walks(ALL_SPECIES, Map.of("filter", Map.of("name", "an")), "data.allSpecies",
                keys("andorian", "bajoran", "cardassian", "reman", "romulan", "terran", "vulcan"));
    }

    @Test
    void whatTheArticleDoesNotSayOfRemansIsNull() {
        // The Remans "felt betrayed in some way": a reason, and no date for when they joined.
        assertEquals(m("factions", m("nodes", List.of(m("faction", m("slug", "maquis"), "reason", "felt betrayed in some way by the Empire",
                "since", null)), "totalCount", 1), "people", m("nodes", List.of(), "totalCount", 0)),
                Specs.pick(species("reman"), "factions", "people"));
    }

    @Test
    void theFilterNarrowsByNameAndUniverse() {
        create("Vulcan", "PRIMARY", "Vulcans of the primary universe.");
        List<String> all = keys("andorian", "bajoran", "betazoid", "cardassian", "klingon", "orion", "reman", "romulan",
                "terran", "trill", "vulcan", "vulcan-primary");
        Specs.narrows(FILTERED, "data.allSpecies", Map.of("name", "IAN"), all, keys("andorian", "cardassian"),
                row -> row.get("name").toString().toLowerCase().contains("ian"));
        Specs.narrows(FILTERED, "data.allSpecies", Map.of("universe", "PRIMARY"), all, keys("vulcan-primary"),
                row -> row.get("universe").equals("PRIMARY"));
        Specs.narrows(FILTERED, "data.allSpecies", Map.of("universe", "MIRROR"), all, ALL,
                row -> row.get("universe").equals("MIRROR"));
    }

    @Test
    void aCreatedSpeciesReadsBackFieldByFieldWithItsHistory() {
        Map<String, Object> created = Specs.create("createSpecies", "CreateSpeciesInput", "species", FIELDS,
                Map.of("name", "Vulcan", "universe", "PRIMARY", "description", "Vulcans of the primary universe."));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "slug", "vulcan-primary", "name", "Vulcan", "universe", "PRIMARY",
                "description", "Vulcans of the primary universe.", "version", 1, "people", m("nodes", List.of(), "totalCount", 0),
                "factions", m("nodes", List.of(), "totalCount", 0)), species("vulcan-primary"));
        assertEquals(created, species("vulcan-primary"), "the payload answers what a read answers");
        Specs.sameThroughNode("Species", FIELDS, id, species("vulcan-primary"));
        assertEquals(List.of(Specs.created("createSpecies", id, m("description", "Vulcans of the primary universe.",
                "name", "Vulcan", "slug", "vulcan-primary", "universe", "PRIMARY"))), Specs.history(id));
    }
}
