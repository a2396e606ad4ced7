package org.maquis.archive.lore;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Editing;
import org.maquis.archive.support.GraphQL;

/** Every kind of entry is added, changed (at the version read), recorded in its history and deleted. */
@QuarkusTest
class EntryEditsTest {

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static JsonPath ids() {
        return GraphQL.run("editing/entries/ids").statusCode(200).extract().jsonPath();
    }

    /**
     * Each type: its operations' name, its field in the payload, and what to add beyond name, universe and
     * description (a value `data.…` is read from editing/entries/ids when the test runs).
     */
    static Stream<Arguments> entries() {
        return Stream.of(
                Arguments.of("species", "species", Map.of()),
                Arguments.of("place", "place", Map.of("kind", "PLANET", "locatedIn", "data.place.id")),
                Arguments.of("empire", "empire", Map.of("kind", "EMPIRE", "collapsed", Map.of("wording", "long ago"))),
                Arguments.of("ship-class", "shipClass", Map.of()),
                Arguments.of("faction", "faction", Map.of("kind", "RESISTANCE", "headquarters", "data.place.id",
                        "founded", Map.of("earliest", "2370-01-01", "latest", "2370-12-31", "wording", "in 2370"))),
                Arguments.of("ship", "ship", Map.of("shipClass", "data.shipClass.shipClass.id", "faction", "data.faction.id")),
                Arguments.of("cell", "cell", Map.of("faction", "data.faction.id")));
    }

    @ParameterizedTest
    @MethodSource("entries")
    void anEntryIsAddedChangedRecordedAndDeleted(String operation, String field, Map<String, Object> extra) {
        JsonPath ids = ids();
        Map<String, Object> input = new java.util.HashMap<>();
        extra.forEach((key, value) -> input.put(key, value instanceof String path && path.startsWith("data.") ? ids.getString(path) : value));
        input.putAll(Map.of("name", "Kessik Outpost", "universe", "MIRROR", "description", "Added by a test."));
        String create = "data.create" + type(field);
        String id = Archivist.run("editing/entries/create-" + operation, Map.of("input", input)).statusCode(200)
                .body("errors", nullValue())
                .body(create + ".userErrors", empty())
                .body(create + "." + field + ".slug", equalTo("kessik-outpost"))
                .body(create + "." + field + ".version", equalTo(1))
                .extract().path(create + "." + field + ".id");
        String update = "data.update" + type(field);
        Archivist.run("editing/entries/update-" + operation, Editing.input("id", id, "version", 1, "name", "Kessik Station"))
                .statusCode(200)
                .body("errors", nullValue())
                .body(update + ".userErrors", empty())
                .body(update + "." + field + ".slug", equalTo("kessik-station"))
                .body(update + "." + field + ".version", equalTo(2));
        Archivist.run("editing/entries/update-" + operation, Editing.input("id", id, "version", 1, "name", "Stale"))
                .body(update + "." + field, nullValue())
                .body(update + ".userErrors[0].code", equalTo("CONFLICT"));
        Archivist.run("editing/delete-record", Editing.input("id", id, "version", 2))
                .body("data.deleteRecord.userErrors", empty());
        GraphQL.run("editing/entries/history", Map.of("of", id)).statusCode(200)
                .body("data.history.nodes.kind", contains("DELETE", "UPDATE", "CREATE"))
                .body("data.history.nodes.mutation", contains("deleteRecord", "update" + type(field), "create" + type(field)));
    }

    @Test
    void optionalFieldsAreClearedAndReferencesChecked() {
        JsonPath ids = ids();
        String id = Archivist.run("editing/entries/create-faction", Editing.input("name", "Kessik Resistance", "universe", "MIRROR",
                        "description", "A test faction.", "kind", "RESISTANCE", "headquarters", ids.getString("data.place.id")))
                .extract().path("data.createFaction.faction.id");
        Archivist.run("editing/entries/update-faction", Editing.input("id", id, "version", 1, "clear", List.of("HEADQUARTERS"),
                        "founded", Map.of("earliest", "2371-01-01", "wording", "from 2371")))
                .body("data.updateFaction.userErrors", empty())
                .body("data.updateFaction.faction.headquarters", nullValue())
                .body("data.updateFaction.faction.founded.wording", equalTo("from 2371"));
        Archivist.run("editing/entries/update-faction", Editing.input("id", id, "version", 2, "headquarters", ids.getString("data.faction.id")))
                .body("data.updateFaction.faction", nullValue())
                .body("data.updateFaction.userErrors[0].field", equalTo("headquarters"))
                .body("data.updateFaction.userErrors[0].code", equalTo("BAD_USER_INPUT"));
        Archivist.run("editing/entries/update-faction", Editing.input("id", id, "version", 2, "headquarters",
                        "UGxhY2U6OTk5OTk5OQ"))
                .body("data.updateFaction.userErrors[0].code", equalTo("NOT_FOUND"));
    }

    @Test
    void aCellBelongsToAFactionOfItsUniverse() {
        Archivist.run("editing/entries/create-cell", Editing.input("name", "Kessik Cell", "universe", "MIRROR",
                        "description", "A test cell.", "faction", ids().getString("data.primary.id")))
                .body("data.createCell.cell", nullValue())
                .body("data.createCell.userErrors[0].field", equalTo("faction"));
    }

    @Test
    void anEventIsChangedAtTheVersionRead() {
        String id = Archivist.run("editing/record-event", Editing.input("name", "Kessik raid", "universe", "MIRROR",
                        "description", "A raid.", "kind", "RAID"))
                .extract().path("data.recordEvent.event.id");
        Archivist.run("editing/entries/update-event", Editing.input("id", id, "version", 1, "kind", "RESCUE",
                        "date", Map.of("earliest", "2376-03-01", "latest", "2376-03-31", "wording", "March 2376"),
                        "place", ids().getString("data.place.id")))
                .statusCode(200)
                .body("data.updateEvent.userErrors", empty())
                .body("data.updateEvent.event.kind", equalTo("RESCUE"))
                .body("data.updateEvent.event.date.wording", equalTo("March 2376"))
                .body("data.updateEvent.event.place.slug", equalTo("vulcan"))
                .body("data.updateEvent.event.version", equalTo(2));
    }

    private static String type(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
