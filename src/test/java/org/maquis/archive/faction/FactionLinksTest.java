package org.maquis.archive.faction;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.maquis.archive.support.Links.IN_2370;
import static org.maquis.archive.support.Links.IN_2371;

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
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Links;

/** The links of factions: members, leaders, founders, origins, the species in their ranks, the empires they oppose. */
@QuarkusTest
class FactionLinksTest {

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    @Test
    void aMembershipIsAddedReadRecordedAndChangedAtItsVersion() {
        Links lore = Links.read();
        String id = Archivist.run("editing/links/add-membership", Editing.input("person", lore.id("sato"),
                        "faction", lore.id("maquis"), "role", "informant", "from", IN_2370)).statusCode(200)
                .body("errors", nullValue())
                .body("data.addMembership.userErrors", empty())
                .body("data.addMembership.membership.version", equalTo(1))
                .body("data.addMembership.membership.person.slug", equalTo("sarah-sato"))
                .body("data.addMembership.membership.faction.slug", equalTo("maquis"))
                .body("data.addMembership.membership.empire", nullValue())
                .body("data.addMembership.membership.from.wording", equalTo("in 2370"))
                .extract().path("data.addMembership.membership.id");
        GraphQL.run("editing/links/faction-links", Map.of("slug", "maquis"))
                .body("data.faction.members.nodes.find { it.person.slug == 'sarah-sato' }.role", equalTo("informant"));
        Archivist.run("editing/links/update-membership", Editing.input("id", id, "version", 1, "role", "double agent", "to", IN_2371))
                .body("data.updateMembership.userErrors", empty())
                .body("data.updateMembership.membership.version", equalTo(2))
                .body("data.updateMembership.membership.role", equalTo("double agent"))
                .body("data.updateMembership.membership.to.wording", equalTo("in 2371"));
        Archivist.run("editing/links/update-membership", Editing.input("id", id, "version", 1, "role", "stale"))
                .body("data.updateMembership.membership", nullValue())
                .body("data.updateMembership.userErrors[0].code", equalTo("CONFLICT"))
                .body("data.updateMembership.userErrors[0].field", equalTo("version"));
        Archivist.run("editing/links/update-membership", Editing.input("id", id, "version", 2, "clear", List.of("TO")))
                .body("data.updateMembership.membership.version", equalTo(3))
                .body("data.updateMembership.membership.to", nullValue());
        GraphQL.run("editing/history", Map.of("of", id)).statusCode(200)
                .body("errors", nullValue())
                .body("data.history.nodes.kind", contains("UPDATE", "UPDATE", "CREATE"))
                .body("data.history.nodes.mutation", contains("updateMembership", "updateMembership", "addMembership"))
                .body("data.history.nodes[1].fields.find { it.name == 'role' }.after", equalTo("double agent"));
    }

    @Test
    void aMembershipOfEmpireAndFactionBadDatesOrAnotherUniverseIsRefused() throws SQLException {
        Links lore = Links.read();
        Archivist.run("editing/links/add-membership", Editing.input("person", lore.id("sato"), "faction", lore.id("maquis"),
                        "empire", lore.id("terranEmpire"), "role", " "))
                .body("errors", nullValue())
                .body("data.addMembership.membership", nullValue())
                .body("data.addMembership.userErrors.field", contains("role", "empire"));
        Archivist.run("editing/links/add-membership", Editing.input("person", lore.id("sato"), "faction", lore.id("maquis"),
                        "role", "informant", "from", IN_2371, "to", IN_2370))
                .body("data.addMembership.userErrors[0].field", equalTo("to"));
        Archivist.run("editing/links/add-membership", Editing.input("person", lore.id("maquis"), "faction", lore.id("maquis"), "role", "x"))
                .body("data.addMembership.userErrors[0].field", equalTo("person"))
                .body("data.addMembership.userErrors[0].message", containsString("not of a Person"));
        Archivist.run("editing/links/add-membership", Editing.input("person", lore.id("kiraPrimary"), "faction", lore.id("maquis"),
                        "role", "visitor"))
                .body("data.addMembership.membership", nullValue())
                .body("data.addMembership.userErrors[0].field", equalTo("person"))
                .body("data.addMembership.userErrors[0].code", equalTo("BAD_USER_INPUT"))
                .body("data.addMembership.userErrors[0].message", containsString("universe"));
        Links.assertNothingChanged(database, "membership");
        // The Maquis' members are the lore's, exactly: neither refused one is among them.
        GraphQL.clean(GraphQL.run("editing/links/faction-links", Map.of("slug", "maquis")))
                .body("data.faction.members.nodes.person.slug", containsInAnyOrder("marlena-moreau", "sarek", "kira", "shakaar-edon", "selok"));
    }

    @Test
    void aFactionLeaderIsAddedAndTheLeadershipChanged() throws SQLException {
        Links lore = Links.read();
        String id = Archivist.run("editing/links/add-faction-leader", Editing.input("faction", lore.id("talShiar"),
                        "person", lore.id("sato"), "from", IN_2370))
                .body("errors", nullValue())
                .body("data.addFactionLeader.userErrors", empty())
                .body("data.addFactionLeader.leadership.faction.slug", equalTo("tal-shiar"))
                .body("data.addFactionLeader.leadership.person.slug", equalTo("sarah-sato"))
                .extract().path("data.addFactionLeader.leadership.id");
        Archivist.run("editing/links/update-faction-leadership", Editing.input("id", id, "version", 1, "to", IN_2371))
                .body("data.updateFactionLeadership.userErrors", empty())
                .body("data.updateFactionLeadership.leadership.version", equalTo(2))
                .body("data.updateFactionLeadership.leadership.to.wording", equalTo("in 2371"));
        GraphQL.run("editing/links/faction-links", Map.of("slug", "tal-shiar"))
                .body("data.faction.leaders.nodes.person.slug", contains("sarah-sato"))
                .body("data.faction.leaders.nodes[0].to.wording", equalTo("in 2371"));
        GraphQL.run("editing/history", Map.of("of", id))
                .body("data.history.nodes.mutation", contains("updateFactionLeadership", "addFactionLeader"));
        Archivist.run("editing/links/update-faction-leadership", Editing.input("id", id, "version", 2, "from", IN_2371,
                        "clear", List.of("FROM")))
                .body("data.updateFactionLeadership.userErrors[0].field", equalTo("clear"));
        Archivist.run("editing/links/add-faction-leader", Editing.input("faction", lore.id("talShiar"), "person", lore.id("kiraPrimary")))
                .body("data.addFactionLeader.leadership", nullValue())
                .body("data.addFactionLeader.userErrors[0].field", equalTo("person"))
                .body("data.addFactionLeader.userErrors[0].message", containsString("universe"));
        GraphQL.run("editing/links/faction-links", Map.of("slug", "tal-shiar")).body("data.faction.leaders.nodes.person.slug", contains("sarah-sato"));
        assertEquals(2, Links.recorded(database, "FactionLeadership").size(), "only the two that landed are recorded");
    }

    @Test
    void aFounderIsAddedOnceAndOfTheFactionsUniverse() throws SQLException {
        Links lore = Links.read();
        Archivist.run("editing/links/add-faction-founder", Editing.input("faction", lore.id("maquis"), "person", lore.id("selok")))
                .body("errors", nullValue())
                .body("data.addFactionFounder.userErrors", empty())
                .body("data.addFactionFounder.faction.founders.nodes.slug", hasItem("selok"))
                .body("data.addFactionFounder.founder.founded.nodes.slug", contains("maquis"));
        assertEquals(List.of("addFactionFounder"), Links.recorded(database, "FactionFounder"));
        Archivist.run("editing/links/add-faction-founder", Editing.input("faction", lore.id("maquis"), "person", lore.id("sarek")))
                .body("data.addFactionFounder.faction", nullValue())
                .body("data.addFactionFounder.userErrors[0].code", equalTo("CONFLICT"))
                .body("data.addFactionFounder.userErrors[0].field", equalTo("person"))
                .body("data.addFactionFounder.userErrors[0].message", equalTo("Sarek is already a founder of Maquis."));
        Archivist.run("editing/links/add-faction-founder", Editing.input("faction", lore.id("maquis"), "person", lore.id("kiraPrimary")))
                .body("data.addFactionFounder.userErrors[0].message", containsString("universe"));
        assertEquals(List.of("addFactionFounder"), Links.recorded(database, "FactionFounder"));
        GraphQL.clean(GraphQL.run("editing/links/faction-links", Map.of("slug", "maquis")))
                .body("data.faction.founders.nodes.slug", containsInAnyOrder("marlena-moreau", "sarek", "selok"));
        GraphQL.clean(Archivist.run("editing/links/remove-faction-founder", Editing.input("faction", lore.id("maquis"), "person", lore.id("selok"))))
                .body("data.removeFactionFounder.userErrors", empty())
                .body("data.removeFactionFounder.faction.founders.nodes.slug", containsInAnyOrder("marlena-moreau", "sarek"));
        Archivist.run("editing/links/remove-faction-founder", Editing.input("faction", lore.id("maquis"), "person", lore.id("selok")))
                .body("data.removeFactionFounder.faction", nullValue())
                .body("data.removeFactionFounder.userErrors[0].code", equalTo("NOT_FOUND"));
        assertEquals(List.of("addFactionFounder", "removeFactionFounder"), Links.recorded(database, "FactionFounder"));
    }

    @Test
    void aFactionsOriginIsAnotherFactionOfItsUniverse() throws SQLException {
        Links lore = Links.read();
        Archivist.run("editing/links/add-faction-origin", Editing.input("faction", lore.id("talShiar"), "formedFrom", lore.id("obsidianOrder")))
                .body("errors", nullValue())
                .body("data.addFactionOrigin.userErrors", empty())
                .body("data.addFactionOrigin.faction.formedFrom.nodes.slug", contains("obsidian-order"))
                .body("data.addFactionOrigin.formedFrom.formed.nodes.slug", hasItem("tal-shiar"));
        assertEquals(List.of("addFactionOrigin"), Links.recorded(database, "FactionOrigin"));
        Archivist.run("editing/links/add-faction-origin", Editing.input("faction", lore.id("talShiar"), "formedFrom", lore.id("talShiar")))
                .body("data.addFactionOrigin.userErrors[0].field", equalTo("formedFrom"))
                .body("data.addFactionOrigin.userErrors[0].code", equalTo("BAD_USER_INPUT"));
        Archivist.run("editing/links/add-faction-origin", Editing.input("faction", lore.id("talShiar"), "formedFrom", lore.id("obsidianOrder")))
                .body("data.addFactionOrigin.userErrors[0].code", equalTo("CONFLICT"))
                .body("data.addFactionOrigin.userErrors[0].message", containsString("already recorded as formed from Obsidian Order"));
        Archivist.run("editing/links/add-faction-origin", Editing.input("faction", lore.id("maquisPrimary"), "formedFrom", lore.id("maquis")))
                .body("data.addFactionOrigin.userErrors[0].message", containsString("universe"));
        GraphQL.clean(Archivist.run("editing/links/remove-faction-origin", Editing.input("faction", lore.id("talShiar"), "formedFrom", lore.id("obsidianOrder"))))
                .body("data.removeFactionOrigin.userErrors", empty())
                .body("data.removeFactionOrigin.faction.slug", equalTo("tal-shiar"))
                .body("data.removeFactionOrigin.faction.formedFrom.nodes", empty());
        assertEquals(List.of("addFactionOrigin", "removeFactionOrigin"), Links.recorded(database, "FactionOrigin"));
    }

    @Test
    void aSpeciesJoinsAFactionsRanksOnce() throws SQLException {
        Links lore = Links.read();
        String id = Archivist.run("editing/links/add-species-membership", Editing.input("faction", lore.id("talShiar"),
                        "species", lore.id("romulan"), "reason", "loyal to the Star Empire", "since", IN_2370))
                .body("errors", nullValue())
                .body("data.addSpeciesMembership.userErrors", empty())
                .body("data.addSpeciesMembership.speciesMembership.species.slug", equalTo("romulan"))
                .body("data.addSpeciesMembership.speciesMembership.since.wording", equalTo("in 2370"))
                .extract().path("data.addSpeciesMembership.speciesMembership.id");
        GraphQL.run("editing/links/faction-links", Map.of("slug", "tal-shiar"))
                .body("data.faction.species.nodes.species.slug", contains("romulan"));
        GraphQL.run("editing/history", Map.of("of", id)).body("data.history.nodes.mutation", contains("addSpeciesMembership"));
        Archivist.run("editing/links/add-species-membership", Editing.input("faction", lore.id("maquis"), "species", lore.id("romulan")))
                .body("data.addSpeciesMembership.userErrors[0].code", equalTo("CONFLICT"))
                .body("data.addSpeciesMembership.userErrors[0].message", containsString("already among the ranks of Maquis"));
        Archivist.run("editing/links/add-species-membership", Editing.input("faction", lore.id("maquisPrimary"), "species", lore.id("romulan")))
                .body("data.addSpeciesMembership.userErrors[0].field", equalTo("species"))
                .body("data.addSpeciesMembership.userErrors[0].message", containsString("universe"));
        assertEquals(List.of("addSpeciesMembership"), Links.recorded(database, "SpeciesMembership"));
    }

    @Test
    void aFactionOpposesAnEmpireOfItsUniverseOnce() throws SQLException {
        Links lore = Links.read();
        String id = Archivist.run("editing/links/add-opposition", Editing.input("faction", lore.id("talShiar"),
                        "empire", lore.id("terranEmpire"), "from", IN_2370))
                .body("errors", nullValue())
                .body("data.addOpposition.userErrors", empty())
                .body("data.addOpposition.opposition.empire.opposedBy.slug", hasItem("tal-shiar"))
                .extract().path("data.addOpposition.opposition.id");
        GraphQL.run("editing/links/faction-links", Map.of("slug", "tal-shiar")).body("data.faction.opposes.slug", contains("terran-empire"));
        GraphQL.run("editing/history", Map.of("of", id)).body("data.history.nodes.mutation", contains("addOpposition"));
        Archivist.run("editing/links/add-opposition", Editing.input("faction", lore.id("maquis"), "empire", lore.id("terranEmpire")))
                .body("data.addOpposition.userErrors[0].code", equalTo("CONFLICT"))
                .body("data.addOpposition.userErrors[0].message", containsString("Maquis already opposes Terran Empire"));
        Archivist.run("editing/links/add-opposition", Editing.input("faction", lore.id("maquis"), "empire", lore.id("federation")))
                .body("data.addOpposition.userErrors[0].field", equalTo("empire"))
                .body("data.addOpposition.userErrors[0].message", containsString("universe"));
        assertEquals(List.of("addOpposition"), Links.recorded(database, "Opposition"));
    }
}
