package org.maquis.archive.races;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.maquis.archive.support.Race;

/**
 * deleteRecord counts what points to a record, then deletes it; a write that points at a record checks that it
 * exists, then writes. Neither may slip between the other's check and write: the deletion locks the record (for
 * update), every reference is read with a key-share lock, so that whichever comes second waits and answers in the
 * API's words: a record still pointed to, or a reference that names nothing.
 */
@QuarkusTest
class DeleteRacesTest {

    static final int ROUNDS = 3;

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    private static String person(String name) {
        return Archivist.run("editing/create-person", Race.input(Map.of("name", name, "universe", "MIRROR",
                "description", "Someone deleted in a race."))).statusCode(200).extract().path("data.createPerson.person.id");
    }

    private static JsonPath delete(String id, boolean detach) {
        return Archivist.run("editing/delete-record", Race.input(Map.of("id", id, "version", 1, "detach", detach)))
                .statusCode(200).extract().jsonPath();
    }

    /** Held while the deletions gather: a membership of the person, written but not yet committed. */
    private static Race.Hold newMembership(String person) {
        return Race.uncommitted("insert into membership (person_id, faction_id, role) values (?, 600, 'member')", Race.rowId(person));
    }

    @Test
    void aRecordThatGainsAReferenceMeanwhileIsNotDeleted() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String person = person("Pointed to " + round);
            List<JsonPath> answers = Race.run(database, newMembership(person), i -> delete(person, false));
            for (JsonPath answer : answers) {
                assertEquals(List.of(Map.of("code", "CONFLICT", "field", "id", "message", "Person " + person
                                + " is pointed to by 1 Membership.person. Delete with `detach: true` to remove those links too.")),
                        answer.getList("data.deleteRecord.userErrors"), answer.prettify());
            }
            assertEquals(1, Race.number(database, "select count(*) from person where id = ?", Race.rowId(person)));
        }
    }

    @Test
    void aRecordDeletedWithItsLinksIsDeletedOnceWithTheReferenceMadeMeanwhile() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String person = person("Detached " + round);
            List<JsonPath> answers = Race.run(database, newMembership(person), i -> delete(person, true));
            assertEquals(1, Race.count(answers, "data.deleteRecord.deletedId", person), "one deletion lands");
            for (JsonPath answer : answers) {
                if (answer.get("data.deleteRecord.deletedId") == null) {
                    assertEquals(List.of(Map.of("code", "NOT_FOUND", "field", "id", "message", "`" + person + "` names no Person.")),
                            answer.getList("data.deleteRecord.userErrors"), answer.prettify());
                }
            }
            assertEquals(0, Race.number(database, "select count(*) from membership where person_id = ?", Race.rowId(person)));
            assertEquals(0, Race.number(database, "select count(*) from person where id = ?", Race.rowId(person)));
        }
    }

    @Test
    void aReferenceToARecordDeletedMeanwhileNamesNothing() throws Exception {
        String maquis = org.maquis.archive.support.Links.read().id("maquis");
        for (int round = 0; round < ROUNDS; round++) {
            String person = person("Deleted meanwhile " + round);
            List<JsonPath> answers = Race.run(database, Race.uncommitted("delete from person where id = ?", Race.rowId(person)),
                    i -> Archivist.run("editing/links/add-membership", Race.input(Map.of("person", person,
                            "faction", maquis, "role", "member " + i)))
                            .statusCode(200).extract().jsonPath());
            for (JsonPath answer : answers) {
                assertEquals(List.of(Map.of("code", "NOT_FOUND", "field", "person", "message", "`" + person + "` names no Person.")),
                        answer.getList("data.addMembership.userErrors"), answer.prettify());
            }
            assertEquals(0, Race.number(database, "select count(*) from membership where person_id = ?", Race.rowId(person)));
        }
    }
}
