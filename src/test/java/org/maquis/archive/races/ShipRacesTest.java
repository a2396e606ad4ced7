package org.maquis.archive.races;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Links;
import org.maquis.archive.support.Race;

/**
 * A ship's name is renamed once, and captures of one ship take turns: renameShip and captureShip lock the ship
 * they read, so that a request that waited reads the ship as the one before left it and answers in the API's own
 * words (a version moved on, a name renamed already), never with the database's refusal of a stale update.
 */
@QuarkusTest
class ShipRacesTest {

    static final int ROUNDS = 3;
    static final Map<String, Object> IN_2375 = CellRacesTest.IN_2375;

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    /** A new ship of the Maquis; gives its id. */
    private static String ship(String name) {
        return Archivist.run("editing/entries/create-ship", Race.input(Map.of("name", name, "universe", "MIRROR",
                        "description", "A ship raced for.", "faction", Links.read().id("maquis"))))
                .statusCode(200).extract().path("data.createShip.ship.id");
    }

    /** Captures the ship; each capture is an event of its own name (an event's slug is unique). */
    private static JsonPath capture(String ship, String captor, String newName, String eventName) {
        Map<String, Object> input = new HashMap<>(Map.of("ship", ship, "captor", captor, "date", IN_2375,
                "description", "Taken in a race.", "eventName", eventName));
        if (newName != null) {
            input.put("newName", newName);
        }
        return Archivist.run("editing/capture-ship", Race.input(input)).statusCode(200).extract().jsonPath();
    }

    private static void othersAre(List<JsonPath> answers, String mutation, String code, String field, String message) {
        String errors = "data." + mutation + ".userErrors";
        assertEquals(1, answers.stream().filter(a -> a.getList(errors).isEmpty()).count(), "exactly one lands");
        for (JsonPath answer : answers) {
            if (!answer.getList(errors).isEmpty()) {
                assertEquals(List.of(Map.of("code", code, "field", field, "message", message)), answer.getList(errors), answer.prettify());
            }
        }
    }

    @Test
    void ofConcurrentRenamingsFromOneVersionOneLands() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String ship = ship("Raced ship " + round);
            int at = round;
            List<JsonPath> answers = Race.run(database, Race.row("ship", Race.rowId(ship), "for no key update"),
                    i -> Archivist.run("editing/links/rename-ship", Race.input(Map.of("id", ship, "version", 1,
                            "newName", "Renamed " + at + " " + i, "date", IN_2375))).statusCode(200).extract().jsonPath());
            othersAre(answers, "renameShip", "CONFLICT", "version", "This Ship is at version 2, not 1: read it again, then retry with its version.");
            assertEquals(1, Race.number(database, "select count(*) from ship where name like ?", "Renamed " + round + " %"));
        }
    }

    @Test
    void ofConcurrentCapturesThatRenameOneLands() throws Exception {
        Links lore = Links.read();
        for (int round = 0; round < ROUNDS; round++) {
            String name = "Captured ship " + round;
            String ship = ship(name);
            int at = round;
            List<JsonPath> answers = Race.run(database, Race.row("ship", Race.rowId(ship), "for no key update"),
                    i -> capture(ship, lore.id("talShiar"), "Prize " + at + " " + i, "Capture " + at + " " + i));
            othersAre(answers, "captureShip", "BAD_USER_INPUT", "ship", name + " was renamed already; capture the ship under its later name.");
            assertEquals(1, Race.number(database, "select count(*) from ship where name like ?", "Prize " + round + " %"));
            assertEquals(1, Race.number(database, "select count(*) from event where name like ?", "Capture " + round + " %"));
        }
    }

    @Test
    void concurrentCapturesThatKeepTheNameAllLandInTurn() throws Exception {
        Links lore = Links.read();
        List<String> captors = List.of(lore.id("talShiar"), lore.id("obsidianOrder"), lore.id("terranEmpire"));
        for (int round = 0; round < ROUNDS; round++) {
            String name = "Taken ship " + round;
            String ship = ship(name);
            int at = round;
            List<JsonPath> answers = Race.run(database, Race.row("ship", Race.rowId(ship), "for no key update"),
                    i -> capture(ship, captors.get(i % captors.size()), null, "Taking " + at + " " + i));
            answers.forEach(a -> assertEquals(List.of(), a.getList("data.captureShip.userErrors"), a.prettify()));
            int n = Race.size();
            assertEquals(1 + n, Race.number(database, "select version from ship where id = ?", Race.rowId(ship)));
            assertEquals(n, Race.number(database, "select count(*) from event where name like ?", "Taking " + round + " %"));
            assertEquals(n, Race.number(database, "select count(*) from event_participant where ship_id = ? and role = 'captured'",
                    Race.rowId(ship)));
        }
    }
}
