package org.maquis.archive.history;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Editing;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Links;

/**
 * History speaks the API: each change lists its fields by the names and paths a client reads them with
 * (`died.earliest`, `diedAt`, `partOf`), a reference as the global id of what it names, a creation only what it
 * set, an update what changed, a deletion what the record held.
 */
@QuarkusTest
class HistoryTest {

    private static final Map<String, Object> IN_2375 = Map.of("earliest", "2375-01-01", "latest", "2375-12-31", "wording", "in 2375");
    private static final Map<String, Object> EARLY_2376 = Map.of("earliest", "2376-01-01", "latest", "2376-06-30", "wording", "early 2376");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    @Test
    void aPersonsCreationUpdateAndDeletionAreToldInTheSchemasFields() {
        String vulcan = Editing.id("place");
        String id = created("editing/create-person", "createPerson", "person", Editing.input("name", "Tomalak of Rator",
                "universe", "MIRROR", "description", "A Romulan.", "title", "Commander", "died", IN_2375, "homeworld", vulcan));
        updated("editing/update-person", "updatePerson", Editing.input("id", id, "version", 1, "name", "Tomalak",
                "died", EARLY_2376, "deathPlace", vulcan, "clear", List.of("HOMEWORLD")));
        Archivist.run("editing/delete-record", Editing.input("id", id, "version", 2))
                .body("errors", nullValue()).body("data.deleteRecord.userErrors", empty());
        JsonPath history = history(id, "DELETE", "UPDATE", "CREATE");
        assertFields(history, 2, List.of(
                set("description", "A Romulan."), set("died.earliest", "2375-01-01"), set("died.latest", "2375-12-31"),
                set("died.wording", "in 2375"), set("homeworld", vulcan), set("name", "Tomalak of Rator"),
                set("slug", "tomalak-of-rator"), set("title", "Commander"), set("universe", "MIRROR")));
        assertFields(history, 1, List.of(
                field("died.earliest", "2375-01-01", "2376-01-01"), field("died.latest", "2375-12-31", "2376-06-30"),
                field("died.wording", "in 2375", "early 2376"), field("diedAt", null, vulcan), field("homeworld", vulcan, null),
                field("name", "Tomalak of Rator", "Tomalak"), field("slug", "tomalak-of-rator", "tomalak")));
        assertFields(history, 0, List.of(
                cleared("description", "A Romulan."), cleared("died.earliest", "2376-01-01"), cleared("died.latest", "2376-06-30"),
                cleared("died.wording", "early 2376"), cleared("diedAt", vulcan), cleared("name", "Tomalak"),
                cleared("slug", "tomalak"), cleared("title", "Commander"), cleared("universe", "MIRROR")));
    }

    @Test
    void aShipsRenamingNamesItsNewNameByItsId() {
        Links lore = Links.read();
        String shipClass = GraphQL.run("editing/entries/ids").extract().path("data.shipClass.shipClass.id");
        String id = created("editing/entries/create-ship", "createShip", "ship", Editing.input("name", "Kessik Runner",
                "universe", "MIRROR", "description", "A raider.", "shipClass", shipClass, "faction", lore.id("maquis")));
        String renamed = Archivist.run("editing/links/rename-ship", Editing.input("id", id, "version", 1, "newName", "Kessik Dawn",
                        "date", EARLY_2376, "renamedBy", lore.id("sato")))
                .body("errors", nullValue()).body("data.renameShip.userErrors", empty())
                .extract().path("data.renameShip.ship.id");
        updated("editing/entries/update-ship", "updateShip", Editing.input("id", renamed, "version", 1, "clear", List.of("SHIP_CLASS")));
        JsonPath old = history(id, "UPDATE", "CREATE");
        assertFields(old, 1, List.of(set("description", "A raider."), set("faction", lore.id("maquis")), set("name", "Kessik Runner"),
                set("prototype", "false"), set("shipClass", shipClass), set("slug", "kessik-runner"), set("universe", "MIRROR")));
        assertFields(old, 0, List.of(set("renamed.earliest", "2376-01-01"), set("renamed.latest", "2376-06-30"),
                set("renamed.wording", "early 2376"), set("renamedBy", lore.id("sato")), set("renamedTo", renamed)));
        assertFields(history(renamed, "UPDATE", "CREATE"), 0, List.of(field("shipClass", shipClass, null)));
    }

    @Test
    void aFactionsReferencesAreNamedAsItsFields() {
        Links lore = Links.read();
        String id = created("editing/entries/create-faction", "createFaction", "faction", Editing.input("name", "Kessik Resistance",
                "universe", "MIRROR", "description", "A test faction.", "kind", "RESISTANCE"));
        updated("editing/entries/update-faction", "updateFaction", Editing.input("id", id, "version", 1,
                "partOf", lore.id("maquis"), "serves", lore.id("terranEmpire"), "primaryMissions", "Raids"));
        JsonPath history = history(id, "UPDATE", "CREATE");
        assertFields(history, 1, List.of(set("description", "A test faction."), set("kind", "RESISTANCE"),
                set("name", "Kessik Resistance"), set("slug", "kessik-resistance"), set("universe", "MIRROR")));
        assertFields(history, 0, List.of(set("partOf", lore.id("maquis")), set("primaryMissions", "Raids"),
                set("serves", lore.id("terranEmpire"))));
    }

    @Test
    void aMembershipsFactionAndPersonAreTheirIds() {
        Links lore = Links.read();
        String id = created("editing/links/add-membership", "addMembership", "membership", Editing.input("person", lore.id("sato"),
                "faction", lore.id("maquis"), "role", "informant", "from", IN_2375));
        updated("editing/links/update-membership", "updateMembership", Editing.input("id", id, "version", 1, "to", EARLY_2376));
        Archivist.run("editing/delete-record", Editing.input("id", id, "version", 2))
                .body("errors", nullValue()).body("data.deleteRecord.userErrors", empty());
        JsonPath history = history(id, "DELETE", "UPDATE", "CREATE");
        assertFields(history, 2, List.of(set("faction", lore.id("maquis")), set("from.earliest", "2375-01-01"),
                set("from.latest", "2375-12-31"), set("from.wording", "in 2375"), set("person", lore.id("sato")), set("role", "informant")));
        assertFields(history, 1, List.of(set("to.earliest", "2376-01-01"), set("to.latest", "2376-06-30"), set("to.wording", "early 2376")));
        assertFields(history, 0, List.of(cleared("faction", lore.id("maquis")), cleared("from.earliest", "2375-01-01"),
                cleared("from.latest", "2375-12-31"), cleared("from.wording", "in 2375"), cleared("person", lore.id("sato")),
                cleared("role", "informant"), cleared("to.earliest", "2376-01-01"), cleared("to.latest", "2376-06-30"),
                cleared("to.wording", "early 2376")));
    }

    /** Runs a creating mutation; gives the id of what it created. */
    private static String created(String operation, String mutation, String field, Map<String, Object> input) {
        return Archivist.run(operation, input).statusCode(200)
                .body("errors", nullValue()).body("data." + mutation + ".userErrors", empty())
                .extract().path("data." + mutation + "." + field + ".id");
    }

    private static void updated(String operation, String mutation, Map<String, Object> input) {
        Archivist.run(operation, input).statusCode(200).body("errors", nullValue()).body("data." + mutation + ".userErrors", empty());
    }

    /** The record's history, newest first, which must hold changes of these kinds. */
    private static JsonPath history(String id, String... kinds) {
        return GraphQL.run("editing/history", Map.of("of", id)).statusCode(200)
                .body("errors", nullValue())
                .body("data.history.nodes.kind", contains(kinds))
                .body("data.history.nodes.node", contains(Collections.nCopies(kinds.length, id).toArray()))
                .extract().jsonPath();
    }

    private static void assertFields(JsonPath history, int change, List<Map<String, String>> expected) {
        List<Map<String, String>> fields = history.getList("data.history.nodes[" + change + "].fields");
        assertEquals(expected, new ArrayList<>(fields),
                history.getString("data.history.nodes[" + change + "].kind") + " of " + history.getString("data.history.nodes[0].node"));
    }

    private static Map<String, String> field(String name, String before, String after) {
        Map<String, String> field = new HashMap<>();
        field.put("name", name);
        field.put("before", before);
        field.put("after", after);
        return field;
    }

    private static Map<String, String> set(String name, String after) {
        return field(name, null, after);
    }

    private static Map<String, String> cleared(String name, String before) {
        return field(name, before, null);
    }
}
