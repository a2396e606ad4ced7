package org.maquis.archive.person;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** The links between people and between empires: marriages, spy assignments, alliances. */
@QuarkusTest
class PersonLinksTest {

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    @Test
    void aMarriageIsStoredOnceWhicheverSpouseIsNamedFirst() throws SQLException {
        Links lore = Links.read();
        // Sarah Sato's row key is larger than Sarek's: the row stores them the other way round.
        Archivist.run("editing/links/add-marriage", Editing.input("person", lore.id("sato"), "spouse", lore.id("sarek")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.addMarriage.userErrors", empty())
                .body("data.addMarriage.person.spouses.nodes.slug", contains("sarek"))
                .body("data.addMarriage.spouse.spouses.nodes.slug", contains("sarah-sato"));
        try (var c = database.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select p.slug, q.slug from marriage m join person p on p.id = m.person_id "
                     + "join person q on q.id = m.spouse_id where m.id >= 1000000")) {
            rs.next();
            assertEquals("sarek", rs.getString(1));
            assertEquals("sarah-sato", rs.getString(2));
        }
        assertEquals(List.of("addMarriage"), Links.recorded(database, "Marriage"));
        Archivist.run("editing/links/add-marriage", Editing.input("person", lore.id("sarek"), "spouse", lore.id("sato")))
                .body("data.addMarriage.person", nullValue())
                .body("data.addMarriage.userErrors[0].code", equalTo("CONFLICT"))
                .body("data.addMarriage.userErrors[0].message", equalTo("Sarek and Sarah Sato are already married."));
        Archivist.run("editing/links/add-marriage", Editing.input("person", lore.id("sarek"), "spouse", lore.id("sarek")))
                .body("data.addMarriage.userErrors[0].field", equalTo("spouse"))
                .body("data.addMarriage.userErrors[0].code", equalTo("BAD_USER_INPUT"));
        Archivist.run("editing/links/add-marriage", Editing.input("person", lore.id("selok"), "spouse", lore.id("kiraPrimary")))
                .body("data.addMarriage.userErrors[0].field", equalTo("spouse"))
                .body("data.addMarriage.userErrors[0].message", containsString("universe"));
        assertEquals(List.of("addMarriage"), Links.recorded(database, "Marriage"));
        GraphQL.clean(GraphQL.run("editing/links/person-links", Map.of("slug", "selok"))).body("data.person.spouses.nodes", empty());
        // Named the other way round, the marriage is found all the same, and removed.
        GraphQL.clean(Archivist.run("editing/links/remove-marriage", Editing.input("person", lore.id("sarek"), "spouse", lore.id("sato"))))
                .body("data.removeMarriage.userErrors", empty())
                .body("data.removeMarriage.person.slug", equalTo("sarek"))
                .body("data.removeMarriage.person.spouses.nodes", empty());
        Archivist.run("editing/links/remove-marriage", Editing.input("person", lore.id("sarek"), "spouse", lore.id("sato")))
                .body("data.removeMarriage.userErrors[0].code", equalTo("NOT_FOUND"));
        assertEquals(List.of("addMarriage", "removeMarriage"), Links.recorded(database, "Marriage"));
    }

    @Test
    void aSpyAssignmentIsAddedWithWhoOrderedIt() {
        Links lore = Links.read();
        String id = Archivist.run("editing/links/add-spy-assignment", Editing.input("spy", lore.id("selok"), "target", lore.id("talShiar"),
                        "onBehalfOf", lore.id("terranEmpire"), "orderedBy", lore.id("sato"), "from", Links.IN_2370))
                .body("errors", nullValue())
                .body("data.addSpyAssignment.userErrors", empty())
                .body("data.addSpyAssignment.spyAssignment.target.slug", equalTo("tal-shiar"))
                .body("data.addSpyAssignment.spyAssignment.orderedBy.slug", equalTo("sarah-sato"))
                .extract().path("data.addSpyAssignment.spyAssignment.id");
        GraphQL.run("editing/links/person-links", Map.of("slug", "selok"))
                .body("data.person.spyAssignments.nodes.target.slug", contains("tal-shiar"));
        GraphQL.run("editing/history", Map.of("of", id)).body("data.history.nodes.mutation", contains("addSpyAssignment"));
    }

    @Test
    void aSpyAssignmentAcrossUniversesOrOrderedByTheSpyIsRefused() throws SQLException {
        Links lore = Links.read();
        Archivist.run("editing/links/add-spy-assignment", Editing.input("spy", lore.id("selok"), "target", lore.id("talShiar"),
                        "onBehalfOf", lore.id("federation")))
                .body("data.addSpyAssignment.spyAssignment", nullValue())
                .body("data.addSpyAssignment.userErrors[0].field", equalTo("onBehalfOf"))
                .body("data.addSpyAssignment.userErrors[0].message", containsString("universe"));
        Archivist.run("editing/links/add-spy-assignment", Editing.input("spy", lore.id("selok"), "target", lore.id("talShiar"),
                        "onBehalfOf", lore.id("terranEmpire"), "orderedBy", lore.id("selok")))
                .body("data.addSpyAssignment.userErrors[0].field", equalTo("orderedBy"));
        Archivist.run("editing/links/add-spy-assignment", Editing.input("spy", lore.id("selok"), "target", lore.id("terranEmpire"),
                        "onBehalfOf", lore.id("terranEmpire")))
                .body("data.addSpyAssignment.userErrors[0].field", equalTo("target"))
                .body("data.addSpyAssignment.userErrors[0].message", containsString("not of a Faction"));
        Links.assertNothingChanged(database, "spy_assignment");
    }

    @Test
    void anAllianceIsStoredOnceBetweenTwoEmpiresOfOneUniverse() throws SQLException {
        Links lore = Links.read();
        // Named the other way round from the table's order (the Terran Empire's row key is the smaller).
        String id = Archivist.run("editing/links/add-alliance", Editing.input("empire", lore.id("romulanStarEmpire"),
                        "ally", lore.id("terranEmpire"), "formed", Links.IN_2370))
                .body("errors", nullValue())
                .body("data.addAlliance.userErrors", empty())
                .body("data.addAlliance.alliance.empire.slug", equalTo("terran-empire"))
                .body("data.addAlliance.alliance.ally.slug", equalTo("romulan-star-empire"))
                .body("data.addAlliance.alliance.formed.wording", equalTo("in 2370"))
                .extract().path("data.addAlliance.alliance.id");
        GraphQL.run("editing/links/empire-alliances", Map.of("slug", "romulan-star-empire"))
                .body("data.empire.alliances.nodes.empire.slug", contains("terran-empire"));
        GraphQL.run("editing/history", Map.of("of", id)).body("data.history.nodes.mutation", contains("addAlliance"));
        Archivist.run("editing/links/add-alliance", Editing.input("empire", lore.id("terranEmpire"), "ally", lore.id("romulanStarEmpire")))
                .body("data.addAlliance.userErrors[0].code", equalTo("CONFLICT"))
                .body("data.addAlliance.userErrors[0].message", containsString("already allied"));
        Archivist.run("editing/links/add-alliance", Editing.input("empire", lore.id("terranEmpire"), "ally", lore.id("terranEmpire")))
                .body("data.addAlliance.userErrors[0].field", equalTo("ally"));
        Archivist.run("editing/links/add-alliance", Editing.input("empire", lore.id("terranEmpire"), "ally", lore.id("federation")))
                .body("data.addAlliance.userErrors[0].message", containsString("universe"));
        assertEquals(List.of("addAlliance"), Links.recorded(database, "Alliance"));
    }
}
