package org.maquis.archive.races;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Race;

/**
 * The lore's hierarchies never loop, however many archivists close them at once: N records, and N requests that
 * each point one of them at the next, the last at the first, so that any N - 1 of them make a chain and all N a
 * loop. While the test holds the hierarchy's lock all N gather; then N - 1 land and the one that would close the
 * loop is refused in the API's own words, not by the database's trigger.
 */
@QuarkusTest
class HierarchyRacesTest {

    static final int ROUNDS = 3;

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    /**
     * Makes {@link Race#size()} records with {@code create} (given a name, giving an id), races {@code link} (from
     * record i to record i + 1, around) while {@code hierarchy}'s lock is held, and checks that exactly one answer of
     * {@code mutation} is a BAD_USER_INPUT on {@code field} reading {@code refusal} (of the two names); then that the
     * records form a chain, not a loop, by {@code column} of {@code table}.
     */
    private void aRingIsNeverClosed(String kind, Function<String, String> create, BiFunction<String, String, JsonPath> link,
            String hierarchy, String mutation, String field, BiFunction<String, String, String> refusal, String table, String column)
            throws Exception {
        int n = Race.size();
        for (int round = 0; round < ROUNDS; round++) {
            List<String> names = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                names.add("Ring " + kind + " " + round + " " + i);
                ids.add(create.apply(names.get(i)));
            }
            List<JsonPath> answers = Race.run(database, Race.hierarchy(hierarchy), i -> link.apply(ids.get(i), ids.get((i + 1) % n)));
            String errors = "data." + mutation + ".userErrors";
            List<Integer> refused = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!answers.get(i).getList(errors).isEmpty()) {
                    refused.add(i);
                }
            }
            assertEquals(1, refused.size(), "exactly one would close the loop: " + answers.stream().map(JsonPath::prettify).toList());
            int i = refused.get(0);
            assertEquals(List.of(Map.of("code", "BAD_USER_INPUT", "field", field,
                    "message", refusal.apply(names.get(i), names.get((i + 1) % n)))), answers.get(i).getList(errors));
            // A chain: exactly one of the ring points at none of the others.
            assertEquals(1, Race.number(database, "select count(*) from " + table + " t where t.name like ? and not exists ("
                    + link(table, column) + ")", "Ring " + kind + " " + round + " %"));
        }
    }

    /** The condition that row t of {@code table} points at another row through {@code column}. */
    private static String link(String table, String column) {
        return table.equals("faction") && column.equals("formed_from_id")
                ? "select 1 from faction_origin o where o.faction_id = t.id"
                : "select 1 from " + table + " u where u.id = t." + column;
    }

    private static String created(String operation, String mutation, String type, Map<String, Object> input) {
        return Archivist.run(operation, Race.input(input)).statusCode(200).extract().path("data." + mutation + "." + type + ".id");
    }

    private static JsonPath update(String operation, Map<String, Object> input) {
        return Archivist.run(operation, Race.input(input)).statusCode(200).extract().jsonPath();
    }

    @Test
    void placesWithinPlacesNeverLoop() throws Exception {
        aRingIsNeverClosed("place", name -> created("editing/entries/create-place", "createPlace", "place",
                        Map.of("name", name, "universe", "MIRROR", "kind", "REGION", "description", "A region raced for.")),
                (place, in) -> update("editing/entries/update-place", Map.of("id", place, "version", 1, "locatedIn", in)),
                "place.located_in_id", "updatePlace", "locatedIn",
                (a, b) -> a + " cannot lie within " + b + ": " + b + " lies within " + a + ", directly or through other places.",
                "place", "located_in_id");
    }

    @Test
    void eventsFollowingEventsNeverLoop() throws Exception {
        aRingIsNeverClosed("event", name -> created("editing/record-event", "recordEvent", "event",
                        Map.of("name", name, "universe", "MIRROR", "kind", "RAID", "description", "A raid raced for.")),
                (event, follows) -> update("editing/entries/update-event", Map.of("id", event, "version", 1, "follows", follows)),
                "event.follows_id", "updateEvent", "follows",
                (a, b) -> a + " cannot follow " + b + ": " + b + " follows " + a + ", directly or through other events.",
                "event", "follows_id");
    }

    @Test
    void factionsPartOfFactionsNeverLoop() throws Exception {
        aRingIsNeverClosed("faction", this::faction,
                (faction, of) -> update("editing/entries/update-faction", Map.of("id", faction, "version", 1, "partOf", of)),
                "faction.part_of_faction_id", "updateFaction", "partOf",
                (a, b) -> a + " cannot be part of " + b + ": " + b + " is part of " + a + ", directly or through other factions.",
                "faction", "part_of_faction_id");
    }

    @Test
    void factionsFormedFromFactionsNeverLoop() throws Exception {
        aRingIsNeverClosed("origin", this::faction,
                (faction, older) -> update("editing/links/add-faction-origin", Map.of("faction", faction, "formedFrom", older)),
                "faction_origin", "addFactionOrigin", "formedFrom",
                (a, b) -> a + " cannot be formed from " + b + ": " + b + " was formed from " + a + ", directly or through other factions.",
                "faction", "formed_from_id");
    }

    private String faction(String name) {
        return created("editing/entries/create-faction", "createFaction", "faction",
                Map.of("name", name, "universe", "MIRROR", "kind", "RESISTANCE", "description", "A faction raced for."));
    }
}
