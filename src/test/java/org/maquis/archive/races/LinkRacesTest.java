package org.maquis.archive.races;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Links;
import org.maquis.archive.support.Race;

/**
 * A link is added once: of requests adding the same link at the same moment, exactly one lands and every other is
 * told, in the API's own words, that the link exists (not the database's refusal of a second row). Each add-link
 * mutation locks the row its rule is about; the test holds that row while the requests gather.
 */
@QuarkusTest
class LinkRacesTest {

    static final int ROUNDS = 3;

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    /**
     * Races {@code operation} ({@code mutation}) {@link #ROUNDS} times while {@code hold} is held: one lands, the others
     * are a CONFLICT on {@code field} whose message is one of {@code messages} (the API's, by the order of naming).
     */
    private void exactlyOneLands(String operation, String mutation, Race.Hold hold, IntFunction<Map<String, Object>> input,
            String field, List<String> messages) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            List<JsonPath> answers = Race.run(database, hold, i -> Archivist.run("editing/links/" + operation,
                    Race.input(input.apply(i))).statusCode(200).extract().jsonPath());
            String errors = "data." + mutation + ".userErrors";
            assertEquals(1, answers.stream().filter(a -> a.getList(errors).isEmpty()).count(), "exactly one lands: " + answers.stream()
                    .map(JsonPath::prettify).toList());
            for (JsonPath answer : answers) {
                if (!answer.getList(errors).isEmpty()) {
                    assertEquals("CONFLICT", answer.getString(errors + "[0].code"), answer.prettify());
                    assertEquals(field, answer.getString(errors + "[0].field"), answer.prettify());
                    assertTrue(messages.contains(answer.getString(errors + "[0].message")), answer.prettify());
                }
            }
            Archivist.forgetEdits(database);
        }
    }

    private static long row(Links lore, String alias) {
        return Race.rowId(lore.id(alias));
    }

    @Test
    void aFounderIsAddedOnce() throws Exception {
        Links lore = Links.read();
        exactlyOneLands("add-faction-founder", "addFactionFounder", Race.row("faction", row(lore, "talShiar"), "for no key update"),
                i -> Map.of("faction", lore.id("talShiar"), "person", lore.id("selok")),
                "person", List.of("Selok is already a founder of Tal Shiar."));
    }

    @Test
    void anOriginIsAddedOnce() throws Exception {
        Links lore = Links.read();
        exactlyOneLands("add-faction-origin", "addFactionOrigin", Race.hierarchy("faction_origin"),
                i -> Map.of("faction", lore.id("obsidianOrder"), "formedFrom", lore.id("talShiar")),
                "formedFrom", List.of("Obsidian Order is already recorded as formed from Tal Shiar."));
    }

    @Test
    void aSpeciesJoinsTheRanksOnce() throws Exception {
        Links lore = Links.read();
        exactlyOneLands("add-species-membership", "addSpeciesMembership", Race.row("faction", row(lore, "talShiar"), "for no key update"),
                i -> Map.of("faction", lore.id("talShiar"), "species", lore.id("romulan"), "reason", "race " + i),
                "species", List.of("Romulan are already among the ranks of Tal Shiar."));
    }

    @Test
    void anOppositionIsAddedOnce() throws Exception {
        Links lore = Links.read();
        exactlyOneLands("add-opposition", "addOpposition", Race.row("faction", row(lore, "talShiar"), "for no key update"),
                i -> Map.of("faction", lore.id("talShiar"), "empire", lore.id("terranEmpire")),
                "empire", List.of("Tal Shiar already opposes Terran Empire: change or delete that opposition."));
    }

    @Test
    void aMarriageIsAddedOnceWhicheverSpouseIsNamedFirst() throws Exception {
        Links lore = Links.read();
        long lower = Math.min(row(lore, "selok"), row(lore, "typhuss"));
        exactlyOneLands("add-marriage", "addMarriage", Race.row("person", lower, "for no key update"),
                i -> i % 2 == 0 ? Map.of("person", lore.id("selok"), "spouse", lore.id("typhuss"))
                        : Map.of("person", lore.id("typhuss"), "spouse", lore.id("selok")),
                "spouse", List.of("Selok and Typhuss James Halliwell are already married.",
                        "Typhuss James Halliwell and Selok are already married."));
    }

    @Test
    void anAllianceIsAddedOnceWhicheverEmpireIsNamedFirst() throws Exception {
        Links lore = Links.read();
        long lower = Math.min(row(lore, "terranEmpire"), row(lore, "romulanStarEmpire"));
        exactlyOneLands("add-alliance", "addAlliance", Race.row("empire", lower, "for no key update"),
                i -> i % 2 == 0 ? Map.of("empire", lore.id("romulanStarEmpire"), "ally", lore.id("terranEmpire"))
                        : Map.of("empire", lore.id("terranEmpire"), "ally", lore.id("romulanStarEmpire")),
                "ally", List.of("Romulan Star Empire and Terran Empire are already allied.",
                        "Terran Empire and Romulan Star Empire are already allied."));
    }

    @Test
    void aCommandOfAShipIsAddedOnce() throws Exception {
        Links lore = Links.read();
        exactlyOneLands("add-ship-command", "addShipCommand", Race.row("ship", row(lore, "voyager"), "for no key update"),
                i -> Map.of("ship", lore.id("voyager"), "person", lore.id("selok"), "role", "role " + i),
                "person", List.of("Selok already holds a command of the Voyager: change that command's role instead."));
    }

    @Test
    void aParticipantTakesPartOnce() throws Exception {
        Links lore = Links.read();
        exactlyOneLands("add-participant", "addParticipant", Race.row("event", row(lore, "raid"), "for no key update"),
                i -> Map.of("event", lore.id("raid"), "participant", lore.id("talShiar"), "role", "role " + i),
                "participant", List.of("Tal Shiar already takes part in Raid on Rigel IV: change the role of that participation instead."));
    }
}
