package org.maquis.archive.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.Specs.ask;
import static org.maquis.archive.support.Specs.ids;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.LoreIds;
import org.maquis.archive.support.Snapshot;
import org.maquis.archive.support.Specs;

/**
 * The CellLeadership link (a person leading a cell, and when), as swapi-graphql specifies a type: through `node`, through
 * `Cell.leaders` with a cursor round trip, its nulls, and `appointCellLeader` read back; the values are
 * V2__mirror_maquis_lore.sql's. An appointment also closes the cell's open leadership, a lore row, so that test puts the
 * whole lore back after it ({@link Snapshot}).
 */
@QuarkusTest
class CellLeadershipSpecTest {

    static final String FIELDS = "id version person { slug } cell { slug } from { earliest latest wording } to { earliest latest wording }";
    static final String NODE = "query Leadership($id: ID!) { node(id: $id) { ... on CellLeadership { " + FIELDS + " } } }";
    static final String LEADERS = Specs.connectionOf("cell", "leaders", "id");
    static final Map<String, Object> IN_2383 = m("earliest", "2383-01-01", "latest", "2383-12-31", "wording", "in 2383");
    static final Map<String, Object> IN_2384 = m("earliest", "2384-01-01", "latest", "2384-12-31", "wording", "in 2384");

    @Inject
    AgroalDataSource database;

    static Map<String, Object> leadership(String id) {
        return ask(NODE, Map.of("id", id)).getMap("data.node");
    }

    @Test
    void shakaarEdonsLeadershipThroughNodeWithEveryField() {
        String id = LoreIds.encode("CellLeadership:2");
        Map<String, Object> expected = m("id", id, "version", 1, "person", m("slug", "shakaar-edon"), "cell", m("slug", "bajora-cell"),
                "from", IN_2383, "to", null);
        assertEquals(expected, leadership(id));
        Specs.sameThroughNode("CellLeadership", FIELDS, id, expected);
        assertEquals(List.of(expected), ask("query { person(slug: \"shakaar-edon\") { cellLeaderships(first: 5) { nodes { " + FIELDS
                + " } } } }", Map.of()).getList("data.person.cellLeaderships.nodes"), "Shakaar's one leadership is the same");
    }

    @Test
    void theBajoraCellsLeadersWalkForwardAndBackwardByCursors() {
        // Kira's leadership, whose beginning the article does not date, comes first; then Shakaar's from 2383.
        Specs.walks(LEADERS, Map.of("slug", "bajora-cell"), "data.cell.leaders", ids("CellLeadership", 1, 2));
    }

    @Test
    void whatTheArticleDoesNotSayOfKirasLeadershipIsNull() {
        assertEquals(m("person", m("slug", "kira"), "from", null, "to", IN_2383),
                Specs.pick(leadership(LoreIds.encode("CellLeadership:1")), "person", "from", "to"));
    }

    @Test
    void anAppointedLeaderReadsBackFieldByFieldWithItsHistory() throws Exception {
        String bajora = LoreIds.encode("Cell:800");
        String seska = LoreIds.encode("Person:410");
        String shakaars = LoreIds.encode("CellLeadership:2");
        Snapshot.fromTheLore(database, () -> {
            Map<String, Object> created = Specs.create("appointCellLeader", "AppointCellLeaderInput", "leadership", FIELDS,
                    m("cell", bajora, "person", seska, "from", IN_2384));
            String id = (String) created.get("id");
            assertEquals(m("id", id, "version", 1, "person", m("slug", "seska"), "cell", m("slug", "bajora-cell"), "from", IN_2384,
                    "to", null), leadership(id));
            assertEquals(created, leadership(id), "the payload answers what a read answers");
            Specs.sameThroughNode("CellLeadership", FIELDS, id, leadership(id));
            assertEquals(List.of(Specs.created("appointCellLeader", id, m("cell", bajora, "from.earliest", "2384-01-01",
                    "from.latest", "2384-12-31", "from.wording", "in 2384", "person", seska))), Specs.history(id));
            // Shakaar's open leadership ends where Seska's begins, in the same change.
            assertEquals(m("version", 2, "from", IN_2383, "to", IN_2384), Specs.pick(leadership(shakaars), "version", "from", "to"));
            assertEquals(m("kind", "UPDATE", "mutation", "appointCellLeader", "nodeVersion", 2, "fields", List.of(
                    m("name", "to.earliest", "before", null, "after", "2384-01-01"),
                    m("name", "to.latest", "before", null, "after", "2384-12-31"),
                    m("name", "to.wording", "before", null, "after", "in 2384"))),
                    Specs.pick(Specs.history(shakaars).get(0), "kind", "mutation", "nodeVersion", "fields"));
            Specs.walks(LEADERS, Map.of("slug", "bajora-cell"), "data.cell.leaders",
                    List.of(LoreIds.encode("CellLeadership:1"), shakaars, id));
        });
        assertEquals(m("version", 1, "to", null), Specs.pick(leadership(shakaars), "version", "to"), "the lore is back");
    }
}
