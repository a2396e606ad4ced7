package org.maquis.archive.faction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.Specs.ask;
import static org.maquis.archive.support.Specs.ids;

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
 * The Opposition link (a faction against an empire, and when), as swapi-graphql specifies a type: through `node`, through
 * `Empire.oppositions` and `Faction.oppositions` with a cursor round trip, its nulls, and `addOpposition` read back; the
 * values are V2__mirror_maquis_lore.sql's.
 */
@QuarkusTest
class OppositionSpecTest {

    static final String FIELDS = "id version faction { slug } empire { slug } from { earliest latest wording } to { earliest latest wording }";
    static final String NODE = "query Opposition($id: ID!) { node(id: $id) { ... on Opposition { " + FIELDS + " } } }";
    static final String OF_EMPIRE = Specs.connectionOf("empire", "oppositions", "id");
    static final String OF_FACTION = Specs.connectionOf("faction", "oppositions", "id");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> opposition(String id) {
        return ask(NODE, Map.of("id", id)).getMap("data.node");
    }

    @Test
    void theMaquisAgainstTheTerranEmpireThroughNodeWithEveryField() {
        String id = LoreIds.encode("Opposition:1");
        Map<String, Object> expected = m("id", id, "version", 1, "faction", m("slug", "maquis"), "empire", m("slug", "terran-empire"),
                "from", m("earliest", "2267-01-01", "latest", "2300-12-31", "wording", "late 23rd century"),
                "to", m("earliest", null, "latest", null, "wording", "for much of the 24th century"));
        assertEquals(expected, opposition(id));
        Specs.sameThroughNode("Opposition", FIELDS, id, expected);
        assertEquals(List.of(expected), ask("query { faction(slug: \"maquis\") { oppositions(first: 5) { nodes { " + FIELDS + " } } } }",
                Map.of()).getList("data.faction.oppositions.nodes"), "the Maquis' one opposition is the same");
    }

    @Test
    void theTerranEmpiresOppositionsWalkForwardAndBackwardByCursors() {
        // The Maquis' from the late 23rd century, then Intelligence's, undated, last.
        Specs.walks(OF_EMPIRE, Map.of("slug", "terran-empire"), "data.empire.oppositions", ids("Opposition", 1, 2));
    }

    @Test
    void whatTheArticleDoesNotSayOfIntelligencesOppositionIsNull() {
        assertEquals(m("faction", m("slug", "intelligence"), "empire", m("slug", "terran-empire"), "from", null, "to", null),
                Specs.pick(opposition(LoreIds.encode("Opposition:2")), "faction", "empire", "from", "to"));
    }

    @Test
    void anAddedOppositionReadsBackFieldByFieldWithItsHistory() {
        String maquis = LoreIds.encode("Faction:600");
        String klingonEmpire = LoreIds.encode("Empire:301");
        Map<String, Object> created = Specs.create("addOpposition", "AddOppositionInput", "opposition", FIELDS,
                m("faction", maquis, "empire", klingonEmpire,
                "from", m("earliest", "2293-01-01", "latest", "2296-12-31", "wording", "mid-2290s"),
                "to", m("earliest", "2380-01-01", "wording", "from 2380")));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "version", 1, "faction", m("slug", "maquis"), "empire", m("slug", "klingon-empire"),
                "from", m("earliest", "2293-01-01", "latest", "2296-12-31", "wording", "mid-2290s"),
                "to", m("earliest", "2380-01-01", "latest", null, "wording", "from 2380")), opposition(id));
        assertEquals(created, opposition(id), "the payload answers what a read answers");
        Specs.sameThroughNode("Opposition", FIELDS, id, opposition(id));
        assertEquals(List.of(Specs.created("addOpposition", id, m("empire", klingonEmpire, "faction", maquis,
                "from.earliest", "2293-01-01", "from.latest", "2296-12-31", "from.wording", "mid-2290s",
                "to.earliest", "2380-01-01", "to.wording", "from 2380"))), Specs.history(id));
        // The Maquis' oppositions by their first day: the Terran Empire's from 2267, then the Klingons' from 2293.
        Specs.walks(OF_FACTION, Map.of("slug", "maquis"), "data.faction.oppositions", List.of(LoreIds.encode("Opposition:1"), id));
    }
}
