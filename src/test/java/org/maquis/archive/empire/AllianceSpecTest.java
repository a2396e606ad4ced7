package org.maquis.archive.empire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.Specs.ask;

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
 * The Alliance link (two empires allied, and since when), as swapi-graphql specifies a type: through `node`, through
 * `Empire.alliances` (from either side) with a cursor round trip, its nulls, and `addAlliance` read back; the values are
 * V2__mirror_maquis_lore.sql's. The article has one alliance, so the walk adds one.
 */
@QuarkusTest
class AllianceSpecTest {

    static final String FIELDS = "id version empire { slug } ally { slug } formed { earliest latest wording }";
    static final String NODE = "query Alliance($id: ID!) { node(id: $id) { ... on Alliance { " + FIELDS + " } } }";
    static final String ALLIANCES = Specs.connectionOf("empire", "alliances", "id");
    static final String TERRAN_EMPIRE = LoreIds.encode("Empire:300");
    static final String ROMULAN_STAR_EMPIRE = LoreIds.encode("Empire:302");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> alliance(String id) {
        return ask(NODE, Map.of("id", id)).getMap("data.node");
    }

    @Test
    void theTerranKlingonAllianceThroughNodeWithEveryField() {
        String id = LoreIds.encode("Alliance:1");
        Map<String, Object> expected = m("id", id, "version", 1, "empire", m("slug", "terran-empire"), "ally", m("slug", "klingon-empire"),
                "formed", m("earliest", null, "latest", "2296-12-31", "wording", "recently formed by the mid-2290s"));
        assertEquals(expected, alliance(id));
        Specs.sameThroughNode("Alliance", FIELDS, id, expected);
        assertEquals(List.of(expected), ask("query { empire(slug: \"klingon-empire\") { alliances(first: 5) { nodes { " + FIELDS
                + " } } } }", Map.of()).getList("data.empire.alliances.nodes"), "the ally's side gives the same alliance");
    }

    @Test
    void anAddedAllianceReadsBackFieldByFieldWithItsHistory() {
        Map<String, Object> created = Specs.create("addAlliance", "AddAllianceInput", "alliance", FIELDS,
                m("empire", TERRAN_EMPIRE, "ally", ROMULAN_STAR_EMPIRE,
                "formed", m("earliest", "2300-01-01", "latest", "2300-12-31", "wording", "in 2300")));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "version", 1, "empire", m("slug", "terran-empire"), "ally", m("slug", "romulan-star-empire"),
                "formed", m("earliest", "2300-01-01", "latest", "2300-12-31", "wording", "in 2300")), alliance(id));
        assertEquals(created, alliance(id), "the payload answers what a read answers");
        Specs.sameThroughNode("Alliance", FIELDS, id, alliance(id));
        assertEquals(List.of(Specs.created("addAlliance", id, m("ally", ROMULAN_STAR_EMPIRE, "empire", TERRAN_EMPIRE,
                "formed.earliest", "2300-01-01", "formed.latest", "2300-12-31", "formed.wording", "in 2300"))), Specs.history(id));
        // The Terran Empire's alliances by when they were formed: the Klingons' by 2296, the Romulans' in 2300.
        Specs.walks(ALLIANCES, Map.of("slug", "terran-empire"), "data.empire.alliances", List.of(LoreIds.encode("Alliance:1"), id));
    }

    @Test
    void anAllianceAddedWithoutItsDateHasItNull() {
        String id = Specs.create("addAlliance", "AddAllianceInput", "alliance",
                m("empire", ROMULAN_STAR_EMPIRE, "ally", LoreIds.encode("Empire:301")));
        assertEquals(m("id", id, "formed", null), Specs.pick(alliance(id), "id", "formed"));
        // From the Klingons' side: the Terran alliance by 2296, then this undated one last.
        Specs.walks(ALLIANCES, Map.of("slug", "klingon-empire"), "data.empire.alliances", List.of(LoreIds.encode("Alliance:1"), id));
    }
}
