package org.maquis.archive.person;

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
 * The Person type, as swapi-graphql specifies a type: by slug, through `node`, through `people` with a cursor round
 * trip, its nulls, every field of its filter, and `createPerson` read back; the values are V2__mirror_maquis_lore.sql's.
 */
@QuarkusTest
class PersonSpecTest {

    static final String FIELDS = "id slug name universe title description version died { earliest latest wording }"
            + " diedAt { slug } homeworld { slug } species { slug } killedIn { slug }";
    static final String BY_SLUG = "query Person($slug: String!) { person(slug: $slug) { " + FIELDS + " } }";
    static final String PEOPLE = """
            query People($first: Int, $after: String, $last: Int, $before: String,
                $filter: PersonFilterInput, $orderBy: NameOrder = NAME_ASC) {
              people(first: $first, after: $after, last: $last, before: $before, filter: $filter,
                orderBy: $orderBy) PAGE
            }""".replace("PAGE", Specs.page("slug"));
    static final String FILTERED = """
            query People($first: Int, $filter: PersonFilterInput) {
              people(first: $first, filter: $filter) { nodes { key: slug name universe died { earliest latest } } totalCount }
            }""";
    /** Everyone the article names, by name (the two Kiras by their keys). */
    static final List<String> ALL = keys("ezri-tigan", "jadzia-dax", "kathryn-janeway", "kira", "kira-primary", "marlena-moreau",
            "sarah-sato", "sarek", "selok", "seska", "shakaar-edon", "spock", "typhuss-james-halliwell");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> person(String slug) {
        return ask(BY_SLUG, Map.of("slug", slug)).getMap("data.person");
    }

    @Test
    void marlenaMoreauBySlugWithEveryField() {
        assertEquals(m("id", LoreIds.encode("Person:401"), "slug", "marlena-moreau", "name", "Marlena Moreau", "universe", "MIRROR",
                "title", null, "description", "Co-founder of the Maquis, who vowed to continue her husband Spock's work and had the"
                        + " movement split into cells; she was killed during a raid on Rigel IV in 2298.",
                "version", 1, "died", m("earliest", "2298-01-01", "latest", "2298-12-31", "wording", "in 2298"),
                "diedAt", m("slug", "rigel-iv"), "homeworld", null, "species", null, "killedIn", m("slug", "raid-on-rigel-iv")),
                person("marlena-moreau"));
    }

    @Test
    void anUnknownSlugIsNull() {
        Specs.nullAt(BY_SLUG, Map.of("slug", "tomalak"), "person");
    }

    @Test
    void throughNodeAndNodesTheSamePerson() {
        Specs.sameThroughNode("Person", FIELDS, LoreIds.encode("Person:400"), person("sarek"));
    }

    @Test
    void peopleWalkForwardAndBackwardByCursors() {
        Specs.walks(PEOPLE, Map.of(), "data.people", ALL);
        Specs.walks(PEOPLE, Map.of("orderBy", "NAME_DESC"), "data.people", Specs.reversed(ALL));
        Specs.walks(PEOPLE, Map.of("filter", Map.of("universe", "MIRROR"), "orderBy", "NAME_DESC"), "data.people",
                Specs.reversed(ALL.stream().filter(slug -> !slug.equals("kira-primary")).toList()));
    }

    @Test
    void whatTheArticleDoesNotSayOfSarekIsNull() {
        assertEquals(m("homeworld", m("slug", "vulcan"), "title", null, "died", null, "diedAt", null, "species", null, "killedIn", null),
                Specs.pick(person("sarek"), "homeworld", "title", "died", "diedAt", "species", "killedIn"));
    }

    @Test
    void theFilterNarrowsByNameUniverseAndTheYearsOfDeath() {
        Specs.narrows(FILTERED, "data.people", Map.of("name", "KIRA"), ALL, keys("kira", "kira-primary"),
                row -> row.get("name").equals("Kira"));
        Specs.narrows(FILTERED, "data.people", Map.of("universe", "PRIMARY"), ALL, keys("kira-primary"),
                row -> row.get("universe").equals("PRIMARY"));
        Specs.narrows(FILTERED, "data.people", Map.of("universe", "MIRROR"), ALL,
                ALL.stream().filter(slug -> !slug.equals("kira-primary")).toList(), row -> row.get("universe").equals("MIRROR"));
        // Marlena Moreau died in 2298, Spock in 2277; nobody else's death is dated.
        Specs.narrows(FILTERED, "data.people", Map.of("diedFromYear", 2290), ALL, keys("marlena-moreau"),
                row -> diedLatest(row).compareTo("2290-01-01") >= 0);
        Specs.narrows(FILTERED, "data.people", Map.of("diedToYear", 2290), ALL, keys("spock"),
                row -> diedEarliest(row).compareTo("2290-12-31") <= 0);
        Specs.narrows(FILTERED, "data.people", Map.of("diedFromYear", 2277, "diedToYear", 2277), ALL, keys("spock"),
                row -> diedEarliest(row).startsWith("2277"));
    }

    @SuppressWarnings("unchecked")
    private static String diedLatest(Map<String, Object> row) {
        return (String) ((Map<String, Object>) row.get("died")).get("latest");
    }

    @SuppressWarnings("unchecked")
    private static String diedEarliest(Map<String, Object> row) {
        return (String) ((Map<String, Object>) row.get("died")).get("earliest");
    }

    @Test
    void aCreatedPersonReadsBackFieldByFieldWithItsHistory() {
        String romulus = LoreIds.encode("Place:204");
        String rigel = LoreIds.encode("Place:202");
        String raid = LoreIds.encode("Event:906");
        String romulan = LoreIds.encode("Species:101");
        Map<String, Object> created = Specs.create("createPerson", "CreatePersonInput", "person", FIELDS,
                m("name", "Tomalak of Rator", "universe", "MIRROR",
                "description", "A Romulan who joined the Maquis.", "title", "Commander",
                "died", m("earliest", "2298-01-01", "latest", "2298-12-31", "wording", "in the raid on Rigel IV"),
                "homeworld", romulus, "deathPlace", rigel, "killedIn", raid, "species", romulan));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "slug", "tomalak-of-rator", "name", "Tomalak of Rator", "universe", "MIRROR", "title", "Commander",
                "description", "A Romulan who joined the Maquis.", "version", 1,
                "died", m("earliest", "2298-01-01", "latest", "2298-12-31", "wording", "in the raid on Rigel IV"),
                "diedAt", m("slug", "rigel-iv"), "homeworld", m("slug", "romulus"), "species", m("slug", "romulan"),
                "killedIn", m("slug", "raid-on-rigel-iv")), person("tomalak-of-rator"));
        assertEquals(created, person("tomalak-of-rator"), "the payload answers what a read answers");
        Specs.sameThroughNode("Person", FIELDS, id, person("tomalak-of-rator"));
        assertEquals(List.of(Specs.created("createPerson", id, m("description", "A Romulan who joined the Maquis.",
                "died.earliest", "2298-01-01", "died.latest", "2298-12-31", "died.wording", "in the raid on Rigel IV",
                "diedAt", rigel, "homeworld", romulus, "killedIn", raid, "name", "Tomalak of Rator", "slug", "tomalak-of-rator",
                "species", romulan, "title", "Commander", "universe", "MIRROR"))), Specs.history(id));
    }

    @Test
    void aPersonCreatedWithoutOptionalFieldsHasThemNull() {
        String id = Specs.create("createPerson", "CreatePersonInput", "person",
                m("name", "Tomalak", "universe", "PRIMARY", "description", "A Romulan commander."));
        assertEquals(m("id", id, "title", null, "died", null, "diedAt", null, "homeworld", null, "species", null, "killedIn", null),
                Specs.pick(person("tomalak"), "id", "title", "died", "diedAt", "homeworld", "species", "killedIn"));
    }
}
