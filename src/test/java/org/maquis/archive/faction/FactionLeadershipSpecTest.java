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
 * The FactionLeadership link (a person leading a faction, and when), as swapi-graphql specifies a type: through `node`,
 * through `Faction.leaders` and `Person.factionLeaderships` with a cursor round trip, its nulls, and `addFactionLeader`
 * read back; the values are V2__mirror_maquis_lore.sql's.
 */
@QuarkusTest
class FactionLeadershipSpecTest {

    static final String FIELDS = "id version person { slug } faction { slug } from { earliest latest wording } to { earliest latest wording }";
    static final String NODE = "query Leadership($id: ID!) { node(id: $id) { ... on FactionLeadership { " + FIELDS + " } } }";
    static final String LEADERS = Specs.connectionOf("faction", "leaders", "id");
    static final String LEADERSHIPS = Specs.connectionOf("person", "factionLeaderships", "id");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> leadership(String id) {
        return ask(NODE, Map.of("id", id)).getMap("data.node");
    }

    @Test
    void marlenaMoreausLeadershipThroughNodeWithEveryField() {
        String id = LoreIds.encode("FactionLeadership:1");
        Map<String, Object> expected = m("id", id, "version", 1, "person", m("slug", "marlena-moreau"), "faction", m("slug", "maquis"),
                "from", m("earliest", "2286-01-01", "latest", "2289-12-31", "wording", "late 2280s"),
                "to", m("earliest", "2298-01-01", "latest", "2298-12-31", "wording", "in 2298"));
        assertEquals(expected, leadership(id));
        Specs.sameThroughNode("FactionLeadership", FIELDS, id, expected);
        assertEquals(List.of(expected), ask("query { faction(slug: \"maquis\") { leaders(first: 1) { nodes { " + FIELDS + " } } } }",
                Map.of()).getList("data.faction.leaders.nodes"), "the Maquis' first leadership is the same");
    }

    @Test
    void leadershipsWalkForwardAndBackwardByCursors() {
        // Marlena Moreau and Sarek from the late 2280s (by the row); Sarek then leads the Ruling Council from 2298.
        Specs.walks(LEADERS, Map.of("slug", "maquis"), "data.faction.leaders", ids("FactionLeadership", 1, 2));
        Specs.walks(LEADERSHIPS, Map.of("slug", "sarek"), "data.person.factionLeaderships", ids("FactionLeadership", 2, 3));
    }

    @Test
    void anOpenLeadershipHasNoEnd() {
        assertEquals(m("person", m("slug", "sarek"), "faction", m("slug", "ruling-council"),
                        "from", m("earliest", "2298-01-01", "latest", "2298-12-31", "wording", "in 2298"), "to", null),
                Specs.pick(leadership(LoreIds.encode("FactionLeadership:3")), "person", "faction", "from", "to"));
    }

    @Test
    void anAddedLeadershipReadsBackFieldByFieldWithItsHistory() {
        String intelligence = LoreIds.encode("Faction:607");
        String selok = LoreIds.encode("Person:406");
        Map<String, Object> created = Specs.create("addFactionLeader", "AddFactionLeaderInput", "leadership", FIELDS,
                m("faction", intelligence, "person", selok,
                "from", m("earliest", "2374-01-01", "latest", "2374-12-31", "wording", "in 2374"), "to", m("latest", "2379-12-31",
                        "wording", "by the 2370s' end")));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "version", 1, "person", m("slug", "selok"), "faction", m("slug", "intelligence"),
                "from", m("earliest", "2374-01-01", "latest", "2374-12-31", "wording", "in 2374"),
                "to", m("earliest", null, "latest", "2379-12-31", "wording", "by the 2370s' end")), leadership(id));
        assertEquals(created, leadership(id), "the payload answers what a read answers");
        Specs.sameThroughNode("FactionLeadership", FIELDS, id, leadership(id));
        assertEquals(List.of(Specs.created("addFactionLeader", id, m("faction", intelligence, "from.earliest", "2374-01-01",
                "from.latest", "2374-12-31", "from.wording", "in 2374", "person", selok, "to.latest", "2379-12-31",
                "to.wording", "by the 2370s' end"))), Specs.history(id));
        String undated = Specs.create("addFactionLeader", "AddFactionLeaderInput", "leadership",
                m("faction", LoreIds.encode("Faction:605"), "person", selok));
        assertEquals(m("from", null, "to", null), Specs.pick(leadership(undated), "from", "to"));
    }
}
