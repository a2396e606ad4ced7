package org.maquis.archive.cell;

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
 * The Cell type, as swapi-graphql specifies a type: by slug, through `node`, through `cells` with a cursor round trip,
 * every field of its filter, and `createCell` read back. The article names one cell, the Bajora cell, so the list's
 * tests add cells of their own (and forget them after).
 */
@QuarkusTest
class CellSpecTest {

    static final String FIELDS = "id slug name universe description version faction { slug }"
            + " leaders(first: 5) { nodes { person { slug } } totalCount }";
    static final String BY_SLUG = "query Cell($slug: String!) { cell(slug: $slug) { " + FIELDS + " } }";
    static final String CELLS = """
            query Cells($first: Int, $after: String, $last: Int, $before: String, $orderBy: NameOrder = NAME_ASC) {
              cells(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) PAGE
            }""".replace("PAGE", Specs.page("slug"));
    static final String FILTERED = """
            query Cells($first: Int, $filter: NameFilterInput) {
              cells(first: $first, filter: $filter) { nodes { key: slug name universe } totalCount }
            }""";
    static final String MAQUIS = LoreIds.encode("Faction:600");
    static final String MAQUIS_PRIMARY = LoreIds.encode("Faction:601");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> cell(String slug) {
        return ask(BY_SLUG, Map.of("slug", slug)).getMap("data.cell");
    }

    static String create(String name, String universe, String faction) {
        return Specs.create("createCell", "CreateCellInput", "cell",
                Map.of("name", name, "universe", universe, "description", "A cell of " + name + ".", "faction", faction));
    }

    @Test
    void theBajoraCellBySlugWithEveryField() {
        assertEquals(m("id", LoreIds.encode("Cell:800"), "slug", "bajora-cell", "name", "Bajora cell", "universe", "MIRROR",
                "description", "Cell of the Maquis led by Major Kira until 2383, when Shakaar Edon took over as its leader after"
                        + " she left for the primary universe.",
                "version", 1, "faction", m("slug", "maquis"),
                "leaders", m("nodes", List.of(m("person", m("slug", "kira")), m("person", m("slug", "shakaar-edon"))), "totalCount", 2)),
                cell("bajora-cell"));
    }

    @Test
    void anUnknownSlugIsNull() {
        Specs.nullAt(BY_SLUG, Map.of("slug", "terok-nor-cell"), "cell");
    }

    @Test
    void throughNodeAndNodesTheSameCell() {
        Specs.sameThroughNode("Cell", FIELDS, LoreIds.encode("Cell:800"), cell("bajora-cell"));
    }

    @Test
    void cellsWalkForwardAndBackwardByCursors() {
        create("Vulcan cell", "MIRROR", MAQUIS);
        create("Andor cell", "MIRROR", MAQUIS);
        create("Rigel cell", "MIRROR", MAQUIS);
        List<String> all = keys("andor-cell", "bajora-cell", "rigel-cell", "vulcan-cell");
        Specs.walks(CELLS, Map.of(), "data.cells", all);
        Specs.walks(CELLS, Map.of("orderBy", "NAME_DESC"), "data.cells", Specs.reversed(all));
    }

    @Test
    void aCellWithoutLeadersHasAnEmptyListNotNull() {
        String id = create("Andor cell", "MIRROR", MAQUIS);
        assertEquals(m("id", id, "leaders", m("nodes", List.of(), "totalCount", 0)), Specs.pick(cell("andor-cell"), "id", "leaders"));
    }

    @Test
    void theFilterNarrowsByNameAndUniverse() {
        create("Bajora cell", "PRIMARY", MAQUIS_PRIMARY);
        create("Andor cell", "MIRROR", MAQUIS);
        List<String> all = keys("andor-cell", "bajora-cell", "bajora-cell-primary");
        Specs.narrows(FILTERED, "data.cells", Map.of("name", "BAJORA"), all, keys("bajora-cell", "bajora-cell-primary"),
                row -> row.get("name").toString().toLowerCase().contains("bajora"));
        Specs.narrows(FILTERED, "data.cells", Map.of("universe", "PRIMARY"), all, keys("bajora-cell-primary"),
                row -> row.get("universe").equals("PRIMARY"));
        Specs.narrows(FILTERED, "data.cells", Map.of("universe", "MIRROR"), all, keys("andor-cell", "bajora-cell"),
                row -> row.get("universe").equals("MIRROR"));
    }

    @Test
    void aCreatedCellReadsBackFieldByFieldWithItsHistory() {
        Map<String, Object> created = Specs.create("createCell", "CreateCellInput", "cell", FIELDS,
                Map.of("name", "Bajora cell", "universe", "PRIMARY",
                "description", "A cell of Bajora cell.", "faction", MAQUIS_PRIMARY));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "slug", "bajora-cell-primary", "name", "Bajora cell", "universe", "PRIMARY",
                "description", "A cell of Bajora cell.", "version", 1, "faction", m("slug", "maquis-primary"),
                "leaders", m("nodes", List.of(), "totalCount", 0)), cell("bajora-cell-primary"));
        assertEquals(created, cell("bajora-cell-primary"), "the payload answers what a read answers");
        Specs.sameThroughNode("Cell", FIELDS, id, cell("bajora-cell-primary"));
        assertEquals(List.of(Specs.created("createCell", id, m("description", "A cell of Bajora cell.", "faction", MAQUIS_PRIMARY,
                "name", "Bajora cell", "slug", "bajora-cell-primary", "universe", "PRIMARY"))), Specs.history(id));
    }
}
