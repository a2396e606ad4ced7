package org.maquis.archive.person;

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
 * The SpyAssignment link (a spy set on a faction on an empire's behalf, who ordered it, and when), as swapi-graphql
 * specifies a type: through `node`, through `Person.spyAssignments` and `spyAssignmentsOrdered` with a cursor round trip,
 * its nulls, and `addSpyAssignment` read back; the values are V2__mirror_maquis_lore.sql's. The article has one
 * assignment, so the walks add one.
 */
@QuarkusTest
class SpyAssignmentSpecTest {

    static final String FIELDS = "id version spy { slug } target { slug } onBehalfOf { slug } orderedBy { slug }"
            + " from { earliest latest wording } to { earliest latest wording }";
    static final String NODE = "query Assignment($id: ID!) { node(id: $id) { ... on SpyAssignment { " + FIELDS + " } } }";
    static final String ASSIGNMENTS = Specs.connectionOf("person", "spyAssignments", "id");
    static final String ORDERED = Specs.connectionOf("person", "spyAssignmentsOrdered", "id");
    static final String TYPHUSS = LoreIds.encode("Person:405");
    static final String JANEWAY = LoreIds.encode("Person:404");
    static final String INTELLIGENCE = LoreIds.encode("Faction:607");
    static final String TERRAN_EMPIRE = LoreIds.encode("Empire:300");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> assignment(String id) {
        return ask(NODE, Map.of("id", id)).getMap("data.node");
    }

    @Test
    void typhussOnTheMaquisThroughNodeWithEveryField() {
        String id = LoreIds.encode("SpyAssignment:1");
        Map<String, Object> expected = m("id", id, "version", 1, "spy", m("slug", "typhuss-james-halliwell"), "target", m("slug", "maquis"),
                "onBehalfOf", m("slug", "terran-empire"), "orderedBy", m("slug", "kathryn-janeway"),
                "from", m("earliest", "2371-01-01", "latest", "2371-12-31", "wording", "in 2371"),
                "to", m("earliest", "2377-01-01", "latest", "2377-04-30", "wording", "early 2377"));
        assertEquals(expected, assignment(id));
        Specs.sameThroughNode("SpyAssignment", FIELDS, id, expected);
        assertEquals(List.of(expected), ask("query { person(slug: \"kathryn-janeway\") { spyAssignmentsOrdered(first: 5) { nodes { "
                + FIELDS + " } } } }", Map.of()).getList("data.person.spyAssignmentsOrdered.nodes"), "the one Janeway ordered is the same");
    }

    @Test
    void anAssignmentAddedWithoutItsOptionalFieldsHasThemNullAndWalksLast() {
        String id = Specs.create("addSpyAssignment", "AddSpyAssignmentInput", "spyAssignment",
                m("spy", TYPHUSS, "target", INTELLIGENCE, "onBehalfOf", TERRAN_EMPIRE));
        assertEquals(m("id", id, "version", 1, "spy", m("slug", "typhuss-james-halliwell"), "target", m("slug", "intelligence"),
                "onBehalfOf", m("slug", "terran-empire"), "orderedBy", null, "from", null, "to", null), assignment(id));
        // Typhuss' assignments by when they began, the undated last.
        Specs.walks(ASSIGNMENTS, Map.of("slug", "typhuss-james-halliwell"), "data.person.spyAssignments",
                List.of(LoreIds.encode("SpyAssignment:1"), id));
    }

    @Test
    void anAddedAssignmentReadsBackFieldByFieldWithItsHistory() {
        String seska = LoreIds.encode("Person:410");
        Map<String, Object> created = Specs.create("addSpyAssignment", "AddSpyAssignmentInput", "spyAssignment", FIELDS,
                m("spy", seska, "target", INTELLIGENCE,
                "onBehalfOf", TERRAN_EMPIRE, "orderedBy", JANEWAY, "from", m("earliest", "2369-01-01", "latest", "2369-12-31",
                        "wording", "in 2369"), "to", m("latest", "2384-12-31", "wording", "by her crossing")));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "version", 1, "spy", m("slug", "seska"), "target", m("slug", "intelligence"),
                "onBehalfOf", m("slug", "terran-empire"), "orderedBy", m("slug", "kathryn-janeway"),
                "from", m("earliest", "2369-01-01", "latest", "2369-12-31", "wording", "in 2369"),
                "to", m("earliest", null, "latest", "2384-12-31", "wording", "by her crossing")), assignment(id));
        assertEquals(created, assignment(id), "the payload answers what a read answers");
        Specs.sameThroughNode("SpyAssignment", FIELDS, id, assignment(id));
        assertEquals(List.of(Specs.created("addSpyAssignment", id, m("from.earliest", "2369-01-01", "from.latest", "2369-12-31",
                "from.wording", "in 2369", "onBehalfOf", TERRAN_EMPIRE, "orderedBy", JANEWAY, "spy", seska, "target", INTELLIGENCE,
                "to.latest", "2384-12-31", "to.wording", "by her crossing"))), Specs.history(id));
        // Janeway's orders by when they began: Seska's from 2369 before Typhuss' from 2371.
        Specs.walks(ORDERED, Map.of("slug", "kathryn-janeway"), "data.person.spyAssignmentsOrdered",
                List.of(id, LoreIds.encode("SpyAssignment:1")));
    }
}
