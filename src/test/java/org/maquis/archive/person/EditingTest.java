package org.maquis.archive.person;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.maquis.archive.support.Editing.id;
import static org.maquis.archive.support.Editing.input;
import static org.maquis.archive.support.Editing.tomalak;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.GraphQL;

/** Archivists add, change and delete people; every change is checked, versioned and recorded. */
@QuarkusTest
class EditingTest {

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    @Test
    void anArchivistAddsAPersonWhoIsAtOnceFoundEverywhere() {
        String homeworld = id("place");
        Map<String, Object> vars = tomalak();
        ((Map<String, Object>) vars.get("input")).put("homeworld", homeworld);
        Archivist.run("editing/create-person", vars).statusCode(200)
                .body("errors", nullValue())
                .body("data.createPerson.userErrors", empty())
                .body("data.createPerson.person.slug", equalTo("tomalak-of-rator"))
                .body("data.createPerson.person.version", equalTo(1))
                .body("data.createPerson.person.died.wording", equalTo("in 2375"))
                .body("data.createPerson.person.homeworld.slug", equalTo("vulcan"));
        GraphQL.run("editing/search", Map.of("query", "Tomalak Rator")).statusCode(200)
                .body("data.search.nodes.name", hasItem("Tomalak of Rator"));
        GraphQL.run("editing/person-history", Map.of("slug", "tomalak-of-rator")).statusCode(200)
                .body("data.person.history.totalCount", equalTo(1))
                .body("data.person.history.nodes[0].kind", equalTo("CREATE"))
                .body("data.person.history.nodes[0].actor", equalTo("test-archivist"))
                .body("data.person.history.nodes[0].mutation", equalTo("createPerson"))
                .body("data.person.history.nodes[0].fields.find { it.name == 'name' }.after", equalTo("Tomalak of Rator"));
    }

    @Test
    void withoutAValidTokenNothingChanges() {
        for (String token : new String[] {null, Archivist.expired(), Archivist.forged(), Archivist.foreignIssuer(), "not.a.token"}) {
            Archivist.run(token, "editing/create-person", tomalak()).statusCode(200)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                    .body("errors[0].message", not(containsString("Exception")));
        }
        Archivist.run(Archivist.token("reader"), "editing/create-person", tomalak()).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("archivist role"));
        GraphQL.nullAt(GraphQL.run("editing/person", Map.of("slug", "tomalak-of-rator")), "data.person");
    }

    @Test
    void theProjectsTokenCommandMintsTokensTheArchiveTakes() throws Exception {
        Archivist.run(mint("archivist-dev", "archivist"), "editing/create-person", tomalak()).statusCode(200)
                .body("errors", nullValue())
                .body("data.createPerson.person.slug", equalTo("tomalak-of-rator"));
        GraphQL.run("editing/person-history", Map.of("slug", "tomalak-of-rator"))
                .body("data.person.history.nodes[0].actor", equalTo("archivist-dev"));
        Archivist.run(mint("reader", ""), "editing/create-person", tomalak()).statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    /** A token from src/dev/token.sh, the command README gives. */
    private static String mint(String name, String groups) throws Exception {
        Process token = new ProcessBuilder("bash", "src/dev/token.sh", name, groups, "5").redirectErrorStream(true).start();
        String out = new String(token.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertEquals(0, token.waitFor(), out);
        return out;
    }

    @Test
    void readsNeedNoTokenAndIgnoreABadOne() {
        Archivist.run(Archivist.forged(), "editing/person", Map.of("slug", "marlena-moreau")).statusCode(200)
                .body("errors", nullValue())
                .body("data.person.name", equalTo("Marlena Moreau"));
    }

    @Test
    void badInputIsToldFieldByFieldAndChangesNothing() {
        String aPerson = id("person");
        Archivist.run("editing/create-person", input("name", "  ", "universe", "MIRROR", "description", "x".repeat(4001),
                        "died", Map.of("earliest", "2375-12-31", "latest", "2375-01-01", "wording", "in 2375"), "homeworld", aPerson))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createPerson.person", nullValue())
                .body("data.createPerson.userErrors.field", contains("name", "description", "died.earliest"));
        Archivist.run("editing/create-person", input("name", "Rator", "universe", "MIRROR", "description", "d", "homeworld", aPerson))
                .body("data.createPerson.userErrors[0].field", equalTo("homeworld"))
                .body("data.createPerson.userErrors[0].code", equalTo("BAD_USER_INPUT"))
                .body("data.createPerson.userErrors[0].message", containsString("not of a Place"));
        GraphQL.nullAt(GraphQL.run("editing/person", Map.of("slug", "rator")), "data.person");
    }

    @Test
    void aTakenSlugIsAConflictThatNamesIt() {
        Archivist.run("editing/create-person", input("name", "Marlena Moreau", "universe", "MIRROR", "description", "Again."))
                .body("data.createPerson.person", nullValue())
                .body("data.createPerson.userErrors[0].code", equalTo("CONFLICT"))
                .body("data.createPerson.userErrors[0].message", containsString("`marlena-moreau`"));
        // The primary universe's namesake gets its universe as a suffix, as the contract's rule has it.
        Archivist.run("editing/create-person", input("name", "Marlena Moreau", "universe", "PRIMARY", "description", "Her counterpart."))
                .body("data.createPerson.userErrors", empty())
                .body("data.createPerson.person.slug", equalTo("marlena-moreau-primary"));
        Archivist.run("editing/create-person", input("name", "Marlena Moreau", "universe", "PRIMARY", "description", "Twice."))
                .body("data.createPerson.userErrors[0].code", equalTo("CONFLICT"))
                .body("data.createPerson.userErrors[0].message", containsString("`marlena-moreau-primary`"));
    }

    @Test
    void anUpdateNamesTheVersionItReadAndIsRecorded() {
        String id = Archivist.run("editing/create-person", tomalak()).extract().path("data.createPerson.person.id");
        Archivist.run("editing/update-person", input("id", id, "version", 1, "name", "Tomalak", "clear", List.of("TITLE")))
                .body("data.updatePerson.userErrors", empty())
                .body("data.updatePerson.person.version", equalTo(2))
                .body("data.updatePerson.person.slug", equalTo("tomalak"))
                .body("data.updatePerson.person.title", nullValue());
        Archivist.run("editing/update-person", input("id", id, "version", 1, "name", "Stale"))
                .body("data.updatePerson.person", nullValue())
                .body("data.updatePerson.userErrors[0].code", equalTo("CONFLICT"))
                .body("data.updatePerson.userErrors[0].field", equalTo("version"));
        GraphQL.run("editing/person-history", Map.of("slug", "tomalak")).statusCode(200)
                .body("data.person.version", equalTo(2))
                .body("data.person.history.nodes.kind", contains("UPDATE", "CREATE"))
                .body("data.person.history.nodes[0].nodeVersion", equalTo(2))
                .body("data.person.history.nodes[0].fields.name", contains("name", "slug", "title"))
                .body("data.person.history.nodes[0].fields[0].before", equalTo("Tomalak of Rator"))
                .body("data.person.history.nodes[0].fields[0].after", equalTo("Tomalak"));
    }

    @Test
    void aRecordOthersPointToIsDeletedOnlyWhenAskedToDetach() throws SQLException {
        String id = Archivist.run("editing/create-person", tomalak()).extract().path("data.createPerson.person.id");
        String ship = id("ship");
        Archivist.run("editing/record-event", input("name", "Raid on Rator", "universe", "MIRROR", "description", "A raid.",
                        "kind", "RAID", "participants", List.of(Map.of("id", id, "role", "raider"), Map.of("id", ship, "role", "ship"))))
                .body("data.recordEvent.userErrors", empty());
        Archivist.run("editing/delete-record", input("id", id, "version", 1))
                .body("data.deleteRecord.deletedId", nullValue())
                .body("data.deleteRecord.userErrors[0].code", equalTo("CONFLICT"))
                .body("data.deleteRecord.userErrors[0].message", containsString("1 EventParticipant.person"));
        Archivist.run("editing/delete-record", input("id", id, "version", 1, "detach", true))
                .body("data.deleteRecord.userErrors", empty())
                .body("data.deleteRecord.deletedId", equalTo(id));
        GraphQL.run("node/node", Map.of("id", id)).statusCode(200)
                .body("data.node", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.run("editing/history", Map.of("of", id)).statusCode(200)
                .body("errors", nullValue())
                .body("data.history.nodes.kind", contains("DELETE", "CREATE"))
                .body("data.history.nodes[0].mutation", equalTo("deleteRecord"));
        GraphQL.run("editing/event", Map.of("slug", "raid-on-rator")).statusCode(200)
                .body("data.event.participants.totalCount", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bm90IGFuIGlk", "UGFnZUluZm86MQ"})
    void deletingWhatIsNotARecordChangesNothing(String id) {
        Archivist.run("editing/delete-record", input("id", id, "version", 1)).statusCode(200)
                .body("data.deleteRecord.deletedId", nullValue())
                .body("data.deleteRecord.userErrors[0].field", equalTo("id"));
    }

    @Test
    void anEventIsRecordedWithItsParticipantsInOneTransaction() throws SQLException {
        String marlena = id("person");
        String ship = id("ship");
        Map<String, Object> raid = input("name", "Second raid on Vulcan", "universe", "MIRROR", "description", "Another raid.",
                "kind", "RAID", "date", Map.of("earliest", "2377-01-01", "latest", "2377-12-31", "wording", "2377"),
                "participants", new ArrayList<>(List.of(Map.of("id", marlena, "role", "leader"), Map.of("id", ship, "role", "the last step fails"))));
        try (var c = database.getConnection(); var s = c.createStatement()) {
            // The last write of the mutation (its second participant) fails inside PostgreSQL.
            s.execute("create function fail_last_step() returns trigger language plpgsql as $$ begin "
                    + "if new.role = 'the last step fails' then raise exception 'the last step fails'; end if; return new; end $$");
            s.execute("create trigger fail_last_step before insert on event_participant for each row execute function fail_last_step()");
        }
        try {
            Archivist.run("editing/record-event", raid).statusCode(200)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("INTERNAL"));
        } finally {
            try (var c = database.getConnection(); var s = c.createStatement()) {
                s.execute("drop trigger fail_last_step on event_participant");
                s.execute("drop function fail_last_step()");
            }
        }
        GraphQL.nullAt(GraphQL.run("editing/event", Map.of("slug", "second-raid-on-vulcan")), "data.event");
        try (var c = database.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select (select count(*) from event where id >= 1000000) + (select count(*) from change)")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "nothing of the failed mutation is left");
        }
        ((List<Map<String, Object>>) ((Map<String, Object>) raid.get("input")).get("participants")).set(1, Map.of("id", ship, "role", "flagship"));
        Archivist.run("editing/record-event", raid).statusCode(200)
                .body("data.recordEvent.userErrors", empty())
                .body("data.recordEvent.event.slug", equalTo("second-raid-on-vulcan"))
                .body("data.recordEvent.event.date.wording", equalTo("2377"))
                .body("data.recordEvent.event.participants.totalCount", equalTo(2))
                .body("data.recordEvent.event.participants.nodes.participant.slug", contains("marlena-moreau", "irs-enterprise"));
    }
}
