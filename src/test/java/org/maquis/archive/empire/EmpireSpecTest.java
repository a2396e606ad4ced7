package org.maquis.archive.empire;

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
 * The Empire type, as swapi-graphql specifies a type: by slug, through `node`, through `empires` with a cursor round
 * trip, its nulls, every field of its filter, and `createEmpire` read back; the values are V2__mirror_maquis_lore.sql's.
 */
@QuarkusTest
class EmpireSpecTest {

    static final String FIELDS = "id slug name universe kind description version collapsed { earliest latest wording }"
            + " opposedBy { slug }";
    static final String BY_SLUG = "query Empire($slug: String!) { empire(slug: $slug) { " + FIELDS + " } }";
    static final String EMPIRES = """
            query Empires($first: Int, $after: String, $last: Int, $before: String,
                $filter: EmpireFilterInput, $orderBy: NameOrder = NAME_ASC) {
              empires(first: $first, after: $after, last: $last, before: $before, filter: $filter,
                orderBy: $orderBy) PAGE
            }""".replace("PAGE", Specs.page("slug"));
    static final String FILTERED = """
            query Empires($first: Int, $filter: EmpireFilterInput) {
              empires(first: $first, filter: $filter) { nodes { key: slug name universe kind } totalCount }
            }""";
    static final List<String> ALL = keys("klingon-empire", "romulan-star-empire", "terran-empire", "united-federation-of-planets");
    static final List<String> MIRROR = keys("klingon-empire", "romulan-star-empire", "terran-empire");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> empire(String slug) {
        return ask(BY_SLUG, Map.of("slug", slug)).getMap("data.empire");
    }

    @Test
    void theRomulanStarEmpireBySlugWithEveryField() {
        assertEquals(m("id", LoreIds.encode("Empire:302"), "slug", "romulan-star-empire", "name", "Romulan Star Empire",
                "universe", "MIRROR", "kind", "EMPIRE",
                "description", "Mirror-universe empire whose leaders' neutral ambivalence to the Terrans drove Romulans to the Maquis;"
                        + " after its collapse members of the Tal Shiar and the Obsidian Order formed a new intelligence agency.",
                "version", 1, "collapsed", m("earliest", null, "latest", null, "wording", "with the collapse of the Romulan Star Empire"),
                "opposedBy", List.of()), empire("romulan-star-empire"));
    }

    @Test
    void anUnknownSlugIsNull() {
        Specs.nullAt(BY_SLUG, Map.of("slug", "cardassian-union"), "empire");
    }

    @Test
    void throughNodeAndNodesTheSameEmpire() {
        Map<String, Object> terran = empire("terran-empire");
        assertEquals(List.of(m("slug", "intelligence"), m("slug", "maquis")), terran.get("opposedBy"));
        Specs.sameThroughNode("Empire", FIELDS, LoreIds.encode("Empire:300"), terran);
    }

    @Test
    void empiresWalkForwardAndBackwardByCursors() {
        Specs.walks(EMPIRES, Map.of(), "data.empires", ALL);
        Specs.walks(EMPIRES, Map.of("orderBy", "NAME_DESC"), "data.empires", Specs.reversed(ALL));
        Specs.walks(EMPIRES, Map.of("filter", Map.of("kind", "EMPIRE"), "orderBy", "NAME_DESC"), "data.empires", Specs.reversed(MIRROR));
    }

    @Test
    void whatTheArticleDoesNotSayOfTheTerranEmpireIsNull() {
        assertEquals(m("collapsed", null), Specs.pick(empire("terran-empire"), "collapsed"));
        assertEquals(m("collapsed", null, "opposedBy", List.of()), Specs.pick(empire("klingon-empire"), "collapsed", "opposedBy"));
    }

    @Test
    void theFilterNarrowsByKindNameAndUniverse() {
        Specs.narrows(FILTERED, "data.empires", Map.of("kind", "FEDERATION"), ALL, keys("united-federation-of-planets"),
                row -> row.get("kind").equals("FEDERATION"));
        Specs.narrows(FILTERED, "data.empires", Map.of("kind", "EMPIRE"), ALL, MIRROR, row -> row.get("kind").equals("EMPIRE"));
        Specs.narrows(FILTERED, "data.empires", Map.of("name", "STAR"), ALL, keys("romulan-star-empire"),
                row -> row.get("name").toString().toLowerCase().contains("star"));
        Specs.narrows(FILTERED, "data.empires", Map.of("universe", "PRIMARY"), ALL, keys("united-federation-of-planets"),
                row -> row.get("universe").equals("PRIMARY"));
        Specs.narrows(FILTERED, "data.empires", Map.of("universe", "MIRROR"), ALL, MIRROR, row -> row.get("universe").equals("MIRROR"));
    }

    @Test
    void aCreatedEmpireReadsBackFieldByFieldWithItsHistory() {
        Map<String, Object> created = Specs.create("createEmpire", "CreateEmpireInput", "empire", FIELDS,
                m("name", "Cardassian Union", "universe", "MIRROR",
                "kind", "EMPIRE", "description", "The Cardassians' state.",
                "collapsed", m("earliest", "2370-01-01", "latest", "2375-12-31", "wording", "in the early 2370s")));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "slug", "cardassian-union", "name", "Cardassian Union", "universe", "MIRROR", "kind", "EMPIRE",
                "description", "The Cardassians' state.", "version", 1,
                "collapsed", m("earliest", "2370-01-01", "latest", "2375-12-31", "wording", "in the early 2370s"), "opposedBy", List.of()),
                empire("cardassian-union"));
        assertEquals(created, empire("cardassian-union"), "the payload answers what a read answers");
        Specs.sameThroughNode("Empire", FIELDS, id, empire("cardassian-union"));
        assertEquals(List.of(Specs.created("createEmpire", id, m("collapsed.earliest", "2370-01-01", "collapsed.latest", "2375-12-31",
                "collapsed.wording", "in the early 2370s", "description", "The Cardassians' state.", "kind", "EMPIRE",
                "name", "Cardassian Union", "slug", "cardassian-union", "universe", "MIRROR"))), Specs.history(id));
    }

    @Test
    void anEmpireCreatedWithoutItsCollapseHasItNull() {
        String id = Specs.create("createEmpire", "CreateEmpireInput", "empire", m("name", "Federation", "universe", "MIRROR",
                "kind", "FEDERATION", "description", "A federation of the mirror universe."));
        assertEquals(m("id", id, "kind", "FEDERATION", "collapsed", null), Specs.pick(empire("federation"), "id", "kind", "collapsed"));
    }
}
