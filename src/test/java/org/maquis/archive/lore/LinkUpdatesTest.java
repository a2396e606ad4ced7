package org.maquis.archive.lore;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Editing;
import org.maquis.archive.support.Links;

/** Every link that holds for a time or in a role is changed at the version read, and the change is recorded. */
@QuarkusTest
class LinkUpdatesTest {

    static final Map<String, Object> IN_2370 = Links.IN_2370;
    static final Map<String, Object> IN_2375 = Map.of("earliest", "2375-01-01", "latest", "2375-12-31", "wording", "in 2375");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        // The API's rows first: a lore leadership reopened while an appointed one is open would be a second open
        // leadership of the cell (V12's cell_leader_one_open).
        Archivist.forgetEdits(database);
        // Then open again the lore's leadership of the Bajora cell that an appointment closed.
        try (var c = database.getConnection(); var s = c.createStatement()) {
            s.execute("begin; set local maquis.history = 'off'; "
                    + "update cell_leader set to_earliest = null, to_latest = null, to_wording = null, version = 1 "
                    + "where version > 1 and id < 1000000 and cell_id = (select id from cell where slug = 'bajora-cell'); commit");
        }
    }

    /** Adds a link; gives its id. */
    private String add(String link, String payloadField, Map<String, Object> add) {
        String mutation = "add" + Character.toUpperCase(payloadField.charAt(0)) + payloadField.substring(1);
        return Archivist.run("editing/links/add-" + link, Map.of("input", add)).statusCode(200)
                .body("errors", nullValue())
                .body("data." + mutation + ".userErrors", empty())
                .extract().path("data." + mutation + "." + payloadField + ".id");
    }

    /** Changes a link from version 1 to 2, then fails to change it again from version 1. */
    private void update(String operation, String mutation, String payloadField, String id, Map<String, Object> change,
            String path, Object expected) {
        Map<String, Object> input = new java.util.HashMap<>(change);
        input.put("id", id);
        input.put("version", 1);
        Archivist.run("editing/links/" + operation, Map.of("input", input)).statusCode(200)
                .body("errors", nullValue())
                .body("data." + mutation + ".userErrors", empty())
                .body("data." + mutation + "." + payloadField + ".version", equalTo(2))
                .body("data." + mutation + "." + payloadField + "." + path, equalTo(expected));
        Archivist.run("editing/links/" + operation, Map.of("input", input))
                .body("data." + mutation + "." + payloadField, nullValue())
                .body("data." + mutation + ".userErrors[0].code", equalTo("CONFLICT"));
    }

    @Test
    void aSpyAssignmentEnds() throws SQLException {
        Links lore = Links.read();
        String id = add("spy-assignment", "spyAssignment", Map.of("spy", lore.id("selok"), "target", lore.id("talShiar"),
                "onBehalfOf", lore.id("terranEmpire"), "from", IN_2370));
        update("update-spy-assignment", "updateSpyAssignment", "spyAssignment", id, Map.of("to", IN_2375), "to.wording", "in 2375");
        assertEquals(List.of("updateSpyAssignment", "addSpyAssignment"), recordedNewestFirst("SpyAssignment"));
    }

    @Test
    void anOppositionEndsButNotBeforeItBegins() {
        Links lore = Links.read();
        String id = add("opposition", "opposition", Map.of("faction", lore.id("talShiar"), "empire", lore.id("terranEmpire"),
                "from", IN_2375));
        Archivist.run("editing/links/update-opposition", Map.of("input", Map.of("id", id, "version", 1, "to", IN_2370)))
                .body("data.updateOpposition.opposition", nullValue())
                .body("data.updateOpposition.userErrors[0].field", equalTo("to"));
        update("update-opposition", "updateOpposition", "opposition", id, Map.of("from", IN_2370, "to", IN_2375), "to.wording", "in 2375");
    }

    @Test
    void anAllianceIsRedated() {
        Links lore = Links.read();
        String id = add("alliance", "alliance", Map.of("empire", lore.id("romulanStarEmpire"), "ally", lore.id("terranEmpire"),
                "formed", IN_2370));
        update("update-alliance", "updateAlliance", "alliance", id, Map.of("formed", IN_2375), "formed.wording", "in 2375");
    }

    @Test
    void aSpeciesGetsAnotherReason() {
        Links lore = Links.read();
        String id = add("species-membership", "speciesMembership", Map.of("faction", lore.id("talShiar"),
                "species", lore.id("romulan"), "reason", "loyal", "since", IN_2370));
        update("update-species-membership", "updateSpeciesMembership", "speciesMembership", id, Map.of("reason", "feared the Empire"),
                "reason", "feared the Empire");
    }

    @Test
    void aCommandAndAParticipationChangeRole() {
        Links lore = Links.read();
        String command = add("ship-command", "shipCommand", Map.of("ship", lore.id("voyager"), "person", lore.id("selok"),
                "role", "first officer"));
        update("update-ship-command", "updateShipCommand", "shipCommand", command, Map.of("role", "captain"), "role", "captain");
        String participant = add("participant", "participant", Map.of("event", lore.id("raid"),
                "participant", lore.id("talShiar"), "role", "onlooker"));
        update("update-participant", "updateParticipant", "participant", participant, Map.of("role", "raider"), "role", "raider");
        Archivist.run("editing/links/update-participant", Map.of("input", Map.of("id", participant, "version", 2, "role", " ")))
                .body("data.updateParticipant.userErrors[0].field", equalTo("role"));
    }

    @Test
    void aCellLeadershipEnds() {
        String cell = org.maquis.archive.support.GraphQL.run("editing/cell-leaders", Map.of("slug", "bajora-cell")).extract().path("data.cell.id");
        String leadership = Archivist.run("editing/appoint-cell-leader", Editing.input("cell", cell, "person", Editing.id("person"),
                        "from", Map.of("wording", "later")))
                .body("data.appointCellLeader.userErrors", empty())
                .extract().path("data.appointCellLeader.leadership.id");
        update("update-cell-leadership", "updateCellLeadership", "leadership", leadership, Map.of("to", IN_2375), "to.wording", "in 2375");
    }

    private List<String> recordedNewestFirst(String type) throws SQLException {
        List<String> recorded = new java.util.ArrayList<>(Links.recorded(database, type));
        java.util.Collections.reverse(recorded);
        return recorded;
    }
}
