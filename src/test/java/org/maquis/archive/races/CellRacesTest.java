package org.maquis.archive.races;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Links;
import org.maquis.archive.support.Race;

/**
 * A cell has at most one open leadership, however many archivists appoint its leader or reopen a leadership at the
 * same moment: appointments all land, each closing the one before; of reopenings, one lands and the others are told
 * who leads the cell. Finding 1 of issue 24: eight concurrent appointments left two to five open leaderships.
 */
@QuarkusTest
class CellRacesTest {

    static final int ROUNDS = 3;
    static final Map<String, Object> IN_2375 = Map.of("earliest", "2375-01-01", "latest", "2375-12-31", "wording", "in 2375");
    static final String OPEN = "to_earliest is null and to_latest is null and to_wording is null";

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    /** A new cell of the Maquis, led by nobody yet; gives its id. */
    static String cell(String name) {
        return Archivist.run("editing/entries/create-cell", Race.input(Map.of("name", name, "universe", "MIRROR",
                        "description", "A cell raced for.", "faction", Links.read().id("maquis"))))
                .statusCode(200).extract().path("data.createCell.cell.id");
    }

    /** New people of the mirror; gives their ids. */
    static List<String> people(String prefix, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(Archivist.run("editing/create-person", Race.input(Map.of("name", prefix + " " + i, "universe", "MIRROR",
                    "description", "A leader raced for."))).statusCode(200).extract().path("data.createPerson.person.id"));
        }
        return ids;
    }

    private static JsonPath appoint(String cell, String person) {
        return Archivist.run("editing/appoint-cell-leader", Race.input(Map.of("cell", cell, "person", person, "from", IN_2375)))
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void concurrentAppointmentsAllLandAndLeaveOneOpenLeadership() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String cell = cell("Race cell " + round);
            long cellRow = Race.rowId(cell);
            List<String> leaders = people("Leader " + round, Race.size());
            List<JsonPath> answers = Race.run(database, Race.row("cell", cellRow, "for no key update"), i -> appoint(cell, leaders.get(i)));
            answers.forEach(a -> assertEquals(List.of(), a.getList("data.appointCellLeader.userErrors"), a.prettify()));
            int n = Race.size();
            assertEquals(n, Race.number(database, "select count(*) from cell_leader where cell_id = ?", cellRow));
            assertEquals(1, Race.number(database, "select count(*) from cell_leader where cell_id = ? and " + OPEN, cellRow));
            // Each appointment but the first closed the one before it, at its own date, and history says so.
            assertEquals(n - 1, Race.number(database, "select count(*) from cell_leader where cell_id = ? and version = 2 "
                    + "and to_wording = 'in 2375'", cellRow));
            assertEquals(n - 1, Race.number(database, "select count(*) from change c join cell_leader l on l.id = c.node_id "
                    + "where c.node_type = 'CellLeadership' and c.kind = 'UPDATE' and c.mutation = 'appointCellLeader' and l.cell_id = ?", cellRow));
            assertEquals(n, Race.number(database, "select count(*) from change c join cell_leader l on l.id = c.node_id "
                    + "where c.node_type = 'CellLeadership' and c.kind = 'CREATE' and c.mutation = 'appointCellLeader' and l.cell_id = ?", cellRow));
        }
    }

    @Test
    void ofConcurrentReopeningsOneLandsAndTheOthersAreToldWhoLeads() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String name = "Reopened cell " + round;
            String cell = cell(name);
            long cellRow = Race.rowId(cell);
            List<String> leadershipIds = new ArrayList<>();
            for (String person : people("Reopener " + round, Race.size())) {
                leadershipIds.add(appoint(cell, person).getString("data.appointCellLeader.leadership.id"));
            }
            // The last appointed ends too: every leadership is closed, each at version 2.
            Archivist.run("editing/links/update-cell-leadership", Race.input(Map.of("id", leadershipIds.get(leadershipIds.size() - 1),
                    "version", 1, "to", IN_2375))).statusCode(200);
            assertEquals(0, Race.number(database, "select count(*) from cell_leader where cell_id = ? and " + OPEN, cellRow));
            List<JsonPath> answers = Race.run(database, Race.row("cell", cellRow, "for no key update"),
                    i -> Archivist.run("editing/links/update-cell-leadership", Race.input(Map.of("id", leadershipIds.get(i),
                            "version", 2, "clear", List.of("TO")))).statusCode(200).extract().jsonPath());
            String errors = "data.updateCellLeadership.userErrors";
            assertEquals(1, answers.stream().filter(a -> a.getList(errors).isEmpty()).count());
            for (JsonPath answer : answers) {
                if (!answer.getList(errors).isEmpty()) {
                    assertEquals("CONFLICT", answer.getString(errors + "[0].code"), answer.prettify());
                    assertEquals("clear", answer.getString(errors + "[0].field"), answer.prettify());
                    String message = answer.getString(errors + "[0].message");
                    assertTrue(message.startsWith("The " + name + " is led by Reopener " + round + " ")
                            && message.endsWith(", whose leadership has not ended: a cell has one open leadership. End that one first."), message);
                }
            }
            assertEquals(1, Race.number(database, "select count(*) from cell_leader where cell_id = ? and " + OPEN, cellRow));
        }
    }
}
