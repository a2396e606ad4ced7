package org.maquis.archive.history;

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
import org.maquis.archive.support.Specs;

/**
 * The Change type (one recorded change of a record), as swapi-graphql specifies a type: through `node`, through a
 * record's `history` and the root `history(of:)` with a cursor round trip, and its nulls (what a creation had before,
 * what a cleared field has after). Changes are made by mutations, never created themselves: the test makes three.
 */
@QuarkusTest
class ChangeSpecTest {

    static final String FIELDS = "id kind node nodeVersion actor mutation fields { name before after }";
    static final String PERSON_HISTORY = Specs.connectionOf("person", "history", "id");
    static final String ROOT_HISTORY = """
            query History($of: ID!, $first: Int, $after: String, $last: Int, $before: String) {
              history(of: $of, first: $first, after: $after, last: $last, before: $before) PAGE
            }""".replace("PAGE", Specs.page("id"));

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    /** Tomalak created with a title, renamed, then his title cleared: three changes. */
    private static String tomalak() {
        String id = Specs.create("createPerson", "CreatePersonInput", "person", m("name", "Tomalak of Rator", "universe", "MIRROR",
                "description", "A Romulan.", "title", "Commander"));
        String update = "mutation Update($input: UpdatePersonInput!) { updatePerson(input: $input) { userErrors { message } } }";
        assertEquals(List.of(), Specs.mutate(update, Map.of("input", m("id", id, "version", 1, "name", "Tomalak")))
                .getList("data.updatePerson.userErrors"));
        assertEquals(List.of(), Specs.mutate(update, Map.of("input", m("id", id, "version", 2, "clear", List.of("TITLE"))))
                .getList("data.updatePerson.userErrors"));
        return id;
    }

    @Test
    void aChangeThroughNodeIsTheChangeInTheHistory() {
        String person = tomalak();
        List<Map<String, Object>> changes = ask("query { person(slug: \"tomalak\") { history(first: 5) { nodes { " + FIELDS + " } } } }",
                Map.of()).getList("data.person.history.nodes");
        assertEquals(List.of("UPDATE", "UPDATE", "CREATE"), changes.stream().map(c -> c.get("kind")).toList(), "newest first");
        Map<String, Object> renaming = changes.get(1);
        assertEquals(m("kind", "UPDATE", "node", person, "nodeVersion", 2, "actor", "test-archivist", "mutation", "updatePerson",
                "fields", List.of(m("name", "name", "before", "Tomalak of Rator", "after", "Tomalak"),
                        m("name", "slug", "before", "tomalak-of-rator", "after", "tomalak"))),
                Specs.pick(renaming, "kind", "node", "nodeVersion", "actor", "mutation", "fields"));
        Specs.sameThroughNode("Change", FIELDS, (String) renaming.get("id"), renaming);
    }

    @Test
    void aHistoryWalksForwardAndBackwardByCursors() {
        String person = tomalak();
        List<String> newestFirst = ask("query { person(slug: \"tomalak\") { history(first: 5) { nodes { id nodeVersion } } } }", Map.of())
                .getList("data.person.history.nodes.id");
        assertEquals(List.of(3, 2, 1), ask("query($of: ID!) { history(of: $of) { nodes { nodeVersion } } }", Map.of("of", person))
                .getList("data.history.nodes.nodeVersion"));
        Specs.walks(PERSON_HISTORY, Map.of("slug", "tomalak"), "data.person.history", newestFirst);
        Specs.walks(ROOT_HISTORY, Map.of("of", person), "data.history", newestFirst);
    }

    @Test
    void whatACreationHadBeforeAndWhatAClearedFieldHasAfterAreNull() {
        String person = tomalak();
        List<Map<String, Object>> changes = Specs.history(person);
        assertEquals(List.of(m("name", "title", "before", "Commander", "after", null)), changes.get(0).get("fields"));
        assertEquals(Specs.created("createPerson", person, m("description", "A Romulan.", "name", "Tomalak of Rator",
                "slug", "tomalak-of-rator", "title", "Commander", "universe", "MIRROR")), changes.get(2));
    }
}
