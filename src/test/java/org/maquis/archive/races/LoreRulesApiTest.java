package org.maquis.archive.races;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Links;
import org.maquis.archive.support.Race;

/**
 * V12's rules through the mutations, one request at a time: each refusal is the API's own, on the input field at
 * fault, in the lore's words, and changes nothing (finding 8 of issue 24: an event could follow itself, a place lie
 * within itself, a faction be part of itself, a participant be added twice).
 */
@QuarkusTest
class LoreRulesApiTest {

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    private static JsonPath ids() {
        return GraphQL.run("races/lore-rule-ids").statusCode(200).extract().jsonPath();
    }

    /** Runs {@code operation} as the archivist and asserts its one user error. */
    private static void refused(String operation, String mutation, Map<String, Object> input, String code, String field, String message) {
        JsonPath answer = Archivist.run(operation, Race.input(input)).statusCode(200).extract().jsonPath();
        assertNull(answer.get("errors"), answer.prettify());
        assertEquals(List.of(Map.of("code", code, "field", field, "message", message)), answer.getList("data." + mutation + ".userErrors"),
                answer.prettify());
    }

    private void nothingChanged() throws SQLException {
        assertEquals(0, Race.number(database, "select count(*) from change"), "a refused mutation changed nothing");
    }

    @Test
    void aPlaceLiesWithinNeitherItselfNorWhatLiesWithinIt() throws SQLException {
        JsonPath ids = ids();
        refused("editing/entries/update-place", "updatePlace", Map.of("id", ids.getString("data.badlands.id"), "version", 1,
                "locatedIn", ids.getString("data.badlands.id")), "BAD_USER_INPUT", "locatedIn", "A place does not lie within itself.");
        refused("editing/entries/update-place", "updatePlace", Map.of("id", ids.getString("data.alphaQuadrant.id"), "version", 1,
                "locatedIn", ids.getString("data.badlands.id")), "BAD_USER_INPUT", "locatedIn",
                "Alpha Quadrant cannot lie within Badlands: Badlands lies within Alpha Quadrant, directly or through other places.");
        nothingChanged();
    }

    @Test
    void anEventFollowsNeitherItselfNorWhatFollowsIt() throws SQLException {
        JsonPath ids = ids();
        refused("editing/entries/update-event", "updateEvent", Map.of("id", ids.getString("data.raid.id"), "version", 1,
                "follows", ids.getString("data.raid.id")), "BAD_USER_INPUT", "follows", "An event does not follow itself.");
        refused("editing/entries/update-event", "updateEvent", Map.of("id", ids.getString("data.discovery.id"), "version", 1,
                "follows", ids.getString("data.rescue.id")), "BAD_USER_INPUT", "follows",
                "Discovery of Typhuss Halliwell as a spy cannot follow Rescue of Typhuss Halliwell: Rescue of Typhuss Halliwell follows "
                        + "Discovery of Typhuss Halliwell as a spy, directly or through other events.");
        nothingChanged();
    }

    @Test
    void aFactionIsPartOfNeitherItselfNorItsPartsAndIsNotItsOwnCounterpart() throws SQLException {
        JsonPath ids = ids();
        String maquis = ids.getString("data.maquis.id");
        String council = ids.getString("data.rulingCouncil.id");
        refused("editing/entries/update-faction", "updateFaction", Map.of("id", council, "version", 1, "partOf", council),
                "BAD_USER_INPUT", "partOf", "A faction is not part of itself.");
        refused("editing/entries/update-faction", "updateFaction", Map.of("id", maquis, "version", 1, "partOf", council),
                "BAD_USER_INPUT", "partOf", "Maquis cannot be part of Ruling Council: Ruling Council is part of Maquis, directly or through other factions.");
        refused("editing/entries/update-faction", "updateFaction", Map.of("id", maquis, "version", 1, "counterpart", maquis),
                "BAD_USER_INPUT", "counterpart", "A faction is not its own counterpart.");
        nothingChanged();
    }

    @Test
    void aFactionIsNotFormedFromWhatItFormed() throws SQLException {
        JsonPath ids = ids();
        refused("editing/links/add-faction-origin", "addFactionOrigin", Map.of("faction", ids.getString("data.talShiar.id"),
                "formedFrom", ids.getString("data.intelligence.id")), "BAD_USER_INPUT", "formedFrom",
                "Tal Shiar cannot be formed from Intelligence: Intelligence was formed from Tal Shiar, directly or through other factions.");
        nothingChanged();
    }

    @Test
    void oneTakesPartInAnEventOnce() throws SQLException {
        JsonPath ids = ids();
        Links lore = Links.read();
        refused("editing/links/add-participant", "addParticipant", Map.of("event", ids.getString("data.raid.id"),
                "participant", ids.getString("data.maquis.id"), "role", "raided again"), "CONFLICT", "participant",
                "Maquis already takes part in Raid on Rigel IV: change the role of that participation instead.");
        String marlena = ids.getString("data.marlena.id");
        refused("editing/record-event", "recordEvent", Map.of("name", "A raid with one raider twice", "universe", "MIRROR",
                "kind", "RAID", "description", "Twice.", "participants", List.of(Map.of("id", marlena, "role", "raider"),
                        Map.of("id", lore.id("sarek"), "role", "raider"), Map.of("id", marlena, "role", "leader"))),
                "BAD_USER_INPUT", "participants.2.id", "`" + marlena + "` is named twice: one takes part in an event once.");
        nothingChanged();
    }

    @Test
    void aPersonHoldsOneCommandOfAShip() throws SQLException {
        JsonPath ids = ids();
        refused("editing/links/add-ship-command", "addShipCommand", Map.of("ship", ids.getString("data.voyager.id"),
                "person", ids.getString("data.janeway.id"), "role", "admiral"), "CONFLICT", "person",
                "Kathryn Janeway already holds a command of the Voyager: change that command's role instead.");
        nothingChanged();
    }

    @Test
    void aLeadershipIsReopenedOnlyWhileNoOtherIsOpen() throws SQLException {
        JsonPath kira = ids();
        String ended = kira.getString("data.bajoraCell.leaders.nodes.find { it.person.slug == 'kira' }.id");
        refused("editing/links/update-cell-leadership", "updateCellLeadership", Map.of("id", ended, "version", 1, "clear", List.of("TO")),
                "CONFLICT", "clear", "The Bajora cell is led by Shakaar Edon, whose leadership has not ended: a cell has one open "
                        + "leadership. End that one first.");
        nothingChanged();
    }
}
