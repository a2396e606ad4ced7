package org.maquis.archive.ship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.Specs.ask;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.LoreIds;
import org.maquis.archive.support.Specs;

/**
 * The ShipCommand link (a person commanding a ship, in a role), as swapi-graphql specifies a type: through `node`,
 * through `Ship.commanders` and `Person.shipCommands` with a cursor round trip, and `addShipCommand` read back; the values
 * are V2__mirror_maquis_lore.sql's. Each ship of the article has one commander, so the walk adds a second.
 */
@QuarkusTest
class ShipCommandSpecTest {

    static final String FIELDS = "id version role ship { slug } person { slug }";
    static final String NODE = "query Command($id: ID!) { node(id: $id) { ... on ShipCommand { " + FIELDS + " } } }";
    static final String COMMANDERS = Specs.connectionOf("ship", "commanders", "id");
    static final String COMMANDS = Specs.connectionOf("person", "shipCommands", "id");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> command(String id) {
        return ask(NODE, Map.of("id", id)).getMap("data.node");
    }

    @Test
    void spocksCommandThroughNodeWithEveryField() {
        String id = LoreIds.encode("ShipCommand:1");
        Map<String, Object> expected = m("id", id, "version", 1, "role", "commander", "ship", m("slug", "iss-enterprise"),
                "person", m("slug", "spock"));
        assertEquals(expected, command(id));
        Specs.sameThroughNode("ShipCommand", FIELDS, id, expected);
        assertEquals(List.of(expected), ask("query { ship(slug: \"iss-enterprise\") { commanders(first: 5) { nodes { " + FIELDS
                + " } } } }", Map.of()).getList("data.ship.commanders.nodes"), "the ISS Enterprise's one commander is the same");
        assertEquals(m("role", "captain", "ship", m("slug", "voyager"), "person", m("slug", "kathryn-janeway")),
                Specs.pick(command(LoreIds.encode("ShipCommand:2")), "role", "ship", "person"));
    }

    @Test
    void anAddedCommandReadsBackFieldByFieldWithItsHistoryAndWalksWithVoyagersOther() {
        String voyager = LoreIds.encode("Ship:703");
        String typhuss = LoreIds.encode("Person:405");
        Map<String, Object> created = Specs.create("addShipCommand", "AddShipCommandInput", "shipCommand", FIELDS,
                m("ship", voyager, "person", typhuss, "role", "first officer"));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "version", 1, "role", "first officer", "ship", m("slug", "voyager"),
                "person", m("slug", "typhuss-james-halliwell")), command(id));
        assertEquals(created, command(id), "the payload answers what a read answers");
        Specs.sameThroughNode("ShipCommand", FIELDS, id, command(id));
        assertEquals(List.of(Specs.created("addShipCommand", id, m("person", typhuss, "role", "first officer", "ship", voyager))),
                Specs.history(id));
        // Voyager's commanders in the order they were recorded: Janeway's, then this one.
        Specs.walks(COMMANDERS, Map.of("slug", "voyager"), "data.ship.commanders", List.of(LoreIds.encode("ShipCommand:2"), id));
        String second = Specs.create("addShipCommand", "AddShipCommandInput", "shipCommand",
                m("ship", LoreIds.encode("Ship:701"), "person", typhuss, "role", "guest"));
        Specs.walks(COMMANDS, Map.of("slug", "typhuss-james-halliwell"), "data.person.shipCommands", List.of(id, second));
    }
}
