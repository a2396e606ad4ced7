package org.maquis.archive.lore;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Editing;
import org.maquis.archive.support.GraphQL;

/** The lore's multi-row changes, each one mutation in one transaction: appointing a leader, capturing a ship. */
@QuarkusTest
class DomainEditsTest {

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        // The API's rows first: a lore leadership reopened while an appointed one is open would be a second open
        // leadership of the cell (V12's cell_leader_one_open).
        Archivist.forgetEdits(database);
        // Then undo what the mutations changed in the lore's own rows (captures and closed leaderships).
        try (var c = database.getConnection(); var s = c.createStatement()) {
            s.execute("begin; set local maquis.history = 'off'; "
                    + "update ship set faction_id = (select id from faction where slug = 'maquis'), empire_id = null, renamed_to_id = null, "
                    + "renamed_earliest = null, renamed_latest = null, renamed_wording = null, renamed_by_id = null, version = 1 "
                    + "where slug = 'irs-enterprise'; "
                    + "update cell_leader set to_earliest = null, to_latest = null, to_wording = null, version = 1 "
                    + "where version > 1 and cell_id = (select id from cell where slug = 'bajora-cell'); commit");
        }
    }

    @Test
    void appointingACellLeaderClosesTheOpenLeadershipAtThatDate() {
        String cell = GraphQL.run("editing/cell-leaders", Map.of("slug", "bajora-cell")).extract().path("data.cell.id");
        String marlena = Editing.id("person");
        Map<String, Object> from = Map.of("earliest", "2384-01-01", "latest", "2384-12-31", "wording", "in 2384");
        Archivist.run("editing/appoint-cell-leader", Editing.input("cell", cell, "person", marlena, "from", from))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.appointCellLeader.userErrors", empty())
                .body("data.appointCellLeader.leadership.person.slug", equalTo("marlena-moreau"))
                .body("data.appointCellLeader.leadership.from.wording", equalTo("in 2384"))
                .body("data.appointCellLeader.leadership.to", nullValue());
        GraphQL.run("editing/cell-leaders", Map.of("slug", "bajora-cell")).statusCode(200)
                .body("data.cell.leaders.nodes.person.slug", contains("kira", "shakaar-edon", "marlena-moreau"))
                .body("data.cell.leaders.nodes[0].to.wording", equalTo("in 2383"))
                .body("data.cell.leaders.nodes[0].version", equalTo(1))
                .body("data.cell.leaders.nodes[1].to.wording", equalTo("in 2384"))
                .body("data.cell.leaders.nodes[1].version", equalTo(2));
    }

    @Test
    void aLeaderOfAnotherUniverseIsRefusedAndNothingChanges() {
        String cell = GraphQL.run("editing/cell-leaders", Map.of("slug", "bajora-cell")).extract().path("data.cell.id");
        String stranger = Archivist.run("editing/create-person", Editing.input("name", "Kira Nerys", "universe", "PRIMARY",
                "description", "The primary universe's Kira.")).extract().path("data.createPerson.person.id");
        Archivist.run("editing/appoint-cell-leader", Editing.input("cell", cell, "person", stranger,
                        "from", Map.of("wording", "later")))
                .body("data.appointCellLeader.leadership", nullValue())
                .body("data.appointCellLeader.userErrors[0].field", equalTo("person"));
        GraphQL.run("editing/cell-leaders", Map.of("slug", "bajora-cell"))
                .body("data.cell.leaders.nodes.person.slug", contains("kira", "shakaar-edon"))
                .body("data.cell.leaders.nodes[1].to", nullValue());
    }

    @Test
    void aCaptureRecordsTheEventTheChangeOfHandsAndTheNewName() {
        var ids = GraphQL.run("editing/capture-ids").extract().jsonPath();
        Map<String, Object> capture = Editing.input("ship", ids.getString("data.ship.id"), "captor", ids.getString("data.faction.id"),
                "date", Map.of("earliest", "2380-01-01", "latest", "2380-12-31", "wording", "in 2380"),
                "description", "The Tal Shiar takes the Maquis flagship.", "newName", "IRS Vengeance",
                "renamedBy", ids.getString("data.person.id"));
        Archivist.run("editing/capture-ship", capture).statusCode(200)
                .body("errors", nullValue())
                .body("data.captureShip.userErrors", empty())
                .body("data.captureShip.event.slug", equalTo("capture-of-irs-enterprise"))
                .body("data.captureShip.event.kind", equalTo("CAPTURE"))
                .body("data.captureShip.event.participants.nodes.role", contains("captured", "captor"))
                .body("data.captureShip.event.participants.nodes.participant.slug", contains("irs-enterprise", "tal-shiar"))
                .body("data.captureShip.ship.slug", equalTo("irs-vengeance"))
                .body("data.captureShip.ship.faction.slug", equalTo("tal-shiar"))
                .body("data.captureShip.ship.renamedFrom.slug", equalTo("irs-enterprise"))
                .body("data.captureShip.ship.renamedFrom.faction.slug", equalTo("maquis"))
                .body("data.captureShip.ship.renamedFrom.renamedTo.slug", equalTo("irs-vengeance"));
        // The renamed hull cannot be captured again under its old name.
        Archivist.run("editing/capture-ship", capture)
                .body("data.captureShip.event", nullValue())
                .body("data.captureShip.userErrors[0].field", equalTo("ship"));
    }

    @Test
    void aRenamingNeverLoops() throws SQLException {
        try (var c = database.getConnection(); var s = c.createStatement()) {
            s.execute("update ship set renamed_to_id = (select id from ship where slug = 'iss-prometheus') where slug = 'irs-enterprise'");
            org.junit.jupiter.api.Assertions.fail("PostgreSQL let a renaming loop in");
        } catch (SQLException refused) {
            org.junit.jupiter.api.Assertions.assertEquals("23514", refused.getSQLState(), refused.getMessage());
        }
    }
}
