package org.maquis.archive.ship;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import org.maquis.archive.support.Links;

/** Ship commands, and renaming a ship outside a capture. */
@QuarkusTest
class ShipLinksTest {

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        // Undo what a renaming changed in the lore's own Voyager, then forget the rest.
        try (var c = database.getConnection(); var s = c.createStatement()) {
            s.execute("begin; set local maquis.history = 'off'; update ship set renamed_to_id = null, renamed_earliest = null, "
                    + "renamed_latest = null, renamed_wording = null, renamed_by_id = null, version = 1 where slug = 'voyager'; commit");
        }
        Archivist.forgetEdits(database);
    }

    @Test
    void aShipCommandIsAddedForAPersonOfTheShipsUniverse() throws SQLException {
        Links lore = Links.read();
        String id = Archivist.run("editing/links/add-ship-command", Editing.input("ship", lore.id("voyager"),
                        "person", lore.id("selok"), "role", "first officer"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.addShipCommand.userErrors", empty())
                .body("data.addShipCommand.shipCommand.role", equalTo("first officer"))
                .body("data.addShipCommand.shipCommand.ship.commanders.nodes.person.slug", hasItem("selok"))
                .extract().path("data.addShipCommand.shipCommand.id");
        GraphQL.run("editing/links/person-links", Map.of("slug", "selok"))
                .body("data.person.shipCommands.nodes.ship.slug", contains("voyager"));
        GraphQL.run("editing/history", Map.of("of", id)).body("data.history.nodes.mutation", contains("addShipCommand"));
        Archivist.run("editing/links/add-ship-command", Editing.input("ship", lore.id("voyager"), "person", lore.id("kiraPrimary"), "role", "captain"))
                .body("data.addShipCommand.shipCommand", nullValue())
                .body("data.addShipCommand.userErrors[0].field", equalTo("person"))
                .body("data.addShipCommand.userErrors[0].message", containsString("universe"));
        Archivist.run("editing/links/add-ship-command", Editing.input("ship", lore.id("voyager"), "person", lore.id("selok"), "role", " "))
                .body("data.addShipCommand.userErrors[0].field", equalTo("role"));
        GraphQL.clean(GraphQL.run("editing/links/person-links", Map.of("slug", "kira-primary"))).body("data.person.shipCommands.nodes", empty());
    }

    @Test
    void aRenamingMakesTheNewNameARecordOfTheSameHull() {
        Links lore = Links.read();
        Map<String, Object> date = Links.IN_2370;
        Archivist.run("editing/links/rename-ship", Editing.input("id", lore.id("voyager"), "version", 1, "newName", "ISS Voyager",
                        "date", date, "renamedBy", lore.id("sato")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.renameShip.userErrors", empty())
                .body("data.renameShip.ship.slug", equalTo("iss-voyager"))
                .body("data.renameShip.ship.version", equalTo(1))
                .body("data.renameShip.ship.renamedFrom.slug", equalTo("voyager"))
                .body("data.renameShip.ship.renamedFrom.version", equalTo(2))
                .body("data.renameShip.ship.renamedFrom.renamedTo.slug", equalTo("iss-voyager"))
                .body("data.renameShip.ship.renamedFrom.renamedBy.slug", equalTo("sarah-sato"))
                .body("data.renameShip.ship.renamedFrom.renamed.wording", equalTo("in 2370"));
        GraphQL.run("editing/links/ship", Map.of("slug", "voyager"))
                .body("data.ship.renamedTo.slug", equalTo("iss-voyager"))
                .body("data.ship.history.nodes.mutation", contains("renameShip"));
        GraphQL.run("editing/links/ship", Map.of("slug", "iss-voyager"))
                .body("data.ship.history.nodes.kind", contains("CREATE"));
        // Renamed already: the old name is not renamed again.
        Archivist.run("editing/links/rename-ship", Editing.input("id", lore.id("voyager"), "version", 2, "newName", "USS Voyager", "date", date))
                .body("data.renameShip.ship", nullValue())
                .body("data.renameShip.userErrors[0].field", equalTo("id"))
                .body("data.renameShip.userErrors[0].message", containsString("renamed already"));
    }

    @Test
    void aStaleRenamingOrARenamerOfAnotherUniverseChangesNothing() throws SQLException {
        Links lore = Links.read();
        Map<String, Object> date = Links.IN_2370;
        Archivist.run("editing/links/rename-ship", Editing.input("id", lore.id("voyager"), "version", 7, "newName", "ISS Voyager", "date", date))
                .body("data.renameShip.userErrors[0].code", equalTo("CONFLICT"))
                .body("data.renameShip.userErrors[0].field", equalTo("version"));
        Archivist.run("editing/links/rename-ship", Editing.input("id", lore.id("voyager"), "version", 1, "newName", "ISS Voyager",
                        "date", date, "renamedBy", lore.id("kiraPrimary")))
                .body("data.renameShip.ship", nullValue())
                .body("data.renameShip.userErrors[0].field", equalTo("renamedBy"))
                .body("data.renameShip.userErrors[0].message", containsString("universe"));
        Archivist.run("editing/links/rename-ship", Editing.input("id", lore.id("voyager"), "version", 1, "newName", "", "date", date))
                .body("data.renameShip.userErrors[0].field", equalTo("newName"));
        Links.assertNothingChanged(database, "ship");
        GraphQL.run("editing/links/ship", Map.of("slug", "voyager"))
                .body("data.ship.version", equalTo(1))
                .body("data.ship.renamedTo", nullValue());
    }
}
