package org.maquis.archive.data;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Editing;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Statements;

/**
 * What a write costs PostgreSQL, counted (never timed): a bounded number of statements, the same whatever the
 * archive holds, growing only with what the input names; and after it, reads see the change at once.
 */
@QuarkusTest
class WriteCostTest {

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    @Test
    void aWriteCostsAFewStatements() throws SQLException {
        Statements statements = statements();
        Map<String, Object> person = Editing.tomalak();
        ((Map<String, Object>) person.get("input")).put("homeworld", Editing.id("place"));
        Statements.Cost create = statements.of(() -> Archivist.run("editing/create-person", person).statusCode(200)
                .body("data.createPerson.userErrors", empty()));
        // set_config, the slug's check, the homeworld's check, the insert, and inside it the statements of its
        // triggers (history, search document), which pg_stat_statements counts too (track = all)
        assertTrue(create.statements() <= 12, create.statements() + " statements:\n" + String.join("\n", create.queries()));
        String id = GraphQL.run("editing/ids", Map.of("person", "tomalak-of-rator")).extract().path("data.person.id");
        Statements.Cost update = statements.of(() -> Archivist.run("editing/update-person",
                Editing.input("id", id, "version", 1, "title", "Captain")).statusCode(200).body("data.updatePerson.userErrors", empty()));
        // set_config, the read at the version, the versioned update, and its triggers; at commit, the change's number in
        // commit order (one statement a change, V13__change_notices.sql)
        assertTrue(update.statements() <= 11, update.statements() + " statements:\n" + String.join("\n", update.queries()));
    }

    @Test
    void anEventCostsTheSameStatementsMoreForEachParticipant() throws SQLException {
        Statements statements = statements();
        long one = recordEvent(statements, "Kessik raid one", 1);
        long two = recordEvent(statements, "Kessik raid two", 2);
        long three = recordEvent(statements, "Kessik raid three", 3);
        assertEquals(two - one, three - two, "each participant costs the same: " + one + ", " + two + ", " + three);
        // + 1 each change: its number in commit order, at commit (V13__change_notices.sql)
        assertTrue(two - one <= 7, "a participant is a check, an insert and its triggers: " + (two - one));
        assertTrue(one <= 22, "an event with one participant: " + one);
    }

    private Statements statements() throws SQLException {
        Statements statements = Statements.counting(database);
        return statements;
    }

    private long recordEvent(Statements statements, String name, int participants) throws SQLException {
        // Three people of the mirror: one takes part in an event once (V12's event_participant_once).
        List<String> people = List.of("marlena-moreau", "sarek", "spock");
        List<Map<String, Object>> who = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            String person = GraphQL.run("editing/ids", Map.of("person", people.get(i))).extract().path("data.person.id");
            who.add(Map.of("id", person, "role", "raider " + i));
        }
        return statements.of(() -> Archivist.run("editing/record-event", Editing.input("name", name, "universe", "MIRROR",
                        "description", "A raid.", "kind", "RAID", "participants", who))
                .statusCode(200).body("errors", nullValue()).body("data.recordEvent.userErrors", empty())).statements();
    }

    @Test
    void everyForeignKeyHasAnIndexSoDeletesNeverScan() throws SQLException {
        try (var c = database.getConnection(); var s = c.createStatement(); var r = s.executeQuery("""
                select string_agg(c.conrelid::regclass::text || '.' || a.attname, ', ')
                  from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                 where c.contype = 'f' and not exists (
                       select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])""")) {
            r.next();
            assertEquals(null, r.getString(1), "foreign keys without an index");
        }
    }
}
