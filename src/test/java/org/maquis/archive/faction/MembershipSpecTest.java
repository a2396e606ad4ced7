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
 * The Membership link (a person in a faction or an empire, with a role and when), as swapi-graphql specifies a type:
 * through `node`, through its parents' `members` with a cursor round trip, its nulls, and `addMembership` read back;
 * the values are V2__mirror_maquis_lore.sql's.
 */
@QuarkusTest
class MembershipSpecTest {

    static final String FIELDS = "id role version person { slug } faction { slug } empire { slug }"
            + " from { earliest latest wording } to { earliest latest wording }";
    static final String NODE = "query Membership($id: ID!) { node(id: $id) { ... on Membership { " + FIELDS + " } } }";
    static final String FACTION_MEMBERS = Specs.connectionOf("faction", "members", "id");
    static final String EMPIRE_MEMBERS = Specs.connectionOf("empire", "members", "id");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> membership(String id) {
        return ask(NODE, Map.of("id", id)).getMap("data.node");
    }

    @Test
    void marlenaMoreausMembershipThroughNodeWithEveryField() {
        String id = LoreIds.encode("Membership:5");
        Map<String, Object> expected = m("id", id, "role", "co-founder", "version", 1, "person", m("slug", "marlena-moreau"),
                "faction", m("slug", "maquis"), "empire", null,
                "from", m("earliest", "2286-01-01", "latest", "2289-12-31", "wording", "late 2280s"),
                "to", m("earliest", "2298-01-01", "latest", "2298-12-31", "wording", "in 2298"));
        assertEquals(expected, membership(id));
        Specs.sameThroughNode("Membership", FIELDS, id, expected);
        List<Map<String, Object>> members = ask("query { faction(slug: \"maquis\") { members(first: 1) { nodes { " + FIELDS + " } } } }",
                Map.of()).getList("data.faction.members.nodes");
        assertEquals(List.of(expected), members, "the Maquis' first member is the same membership");
    }

    @Test
    void theMaquisMembersWalkForwardAndBackwardByCursors() {
        // By the first day their dates name: the co-founders from the late 2280s, Kira's and Shakaar's terms ending and
        // beginning in 2383, then Selok's undated membership.
        Specs.walks(FACTION_MEMBERS, Map.of("slug", "maquis"), "data.faction.members", ids("Membership", 5, 6, 7, 8, 4));
        Specs.walks(EMPIRE_MEMBERS, Map.of("slug", "terran-empire"), "data.empire.members", ids("Membership", 1, 2, 3));
    }

    @Test
    void whatTheArticleDoesNotSayOfSeloksMembershipIsNull() {
        assertEquals(m("role", "Captain", "person", m("slug", "selok"), "faction", m("slug", "maquis"), "empire", null, "from", null,
                "to", null), Specs.pick(membership(LoreIds.encode("Membership:4")), "role", "person", "faction", "empire", "from", "to"));
        assertEquals(m("faction", null, "empire", m("slug", "terran-empire"), "from", null, "to", null),
                Specs.pick(membership(LoreIds.encode("Membership:1")), "faction", "empire", "from", "to"));
    }

    @Test
    void anAddedMembershipReadsBackFieldByFieldWithItsHistory() {
        String seska = LoreIds.encode("Person:410");
        String maquis = LoreIds.encode("Faction:600");
        Map<String, Object> created = Specs.create("addMembership", "AddMembershipInput", "membership", FIELDS,
                m("person", seska, "faction", maquis,
                "role", "operative", "from", m("earliest", "2380-01-01", "latest", "2380-12-31", "wording", "in 2380"),
                "to", m("wording", "until she crossed")));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "role", "operative", "version", 1, "person", m("slug", "seska"), "faction", m("slug", "maquis"),
                "empire", null, "from", m("earliest", "2380-01-01", "latest", "2380-12-31", "wording", "in 2380"),
                "to", m("earliest", null, "latest", null, "wording", "until she crossed")), membership(id));
        assertEquals(created, membership(id), "the payload answers what a read answers");
        Specs.sameThroughNode("Membership", FIELDS, id, membership(id));
        assertEquals(List.of(Specs.created("addMembership", id, m("faction", maquis, "from.earliest", "2380-01-01",
                "from.latest", "2380-12-31", "from.wording", "in 2380", "person", seska, "role", "operative",
                "to.wording", "until she crossed"))), Specs.history(id));
        // Begun in 2380, it comes between the co-founders' memberships and those of 2383.
        Specs.walks(FACTION_MEMBERS, Map.of("slug", "maquis"), "data.faction.members", List.of(LoreIds.encode("Membership:5"),
                LoreIds.encode("Membership:6"), id, LoreIds.encode("Membership:7"), LoreIds.encode("Membership:8"),
                LoreIds.encode("Membership:4")));
    }
}
