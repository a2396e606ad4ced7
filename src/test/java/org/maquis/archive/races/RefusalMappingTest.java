package org.maquis.archive.races;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.errors.UserError;
import io.quarkus.hibernate.reactive.panache.Panache;
import org.maquis.archive.data.Edit;
import org.maquis.archive.data.Writes;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.LogCapture;
import org.maquis.archive.support.Links;
import org.maquis.archive.support.Race;

/**
 * What PostgreSQL refuses in a write reaches the client as a user error in the lore's words, never INTERNAL: a
 * unique rule broken by a row the API's check could not see (the test's own, uncommitted until the API's insert
 * waits on it), and, through the write path itself ({@link Writes}), every kind of refusal no mutation reaches while
 * its locks hold: a reference that names nothing, a record still pointed to, a check, an exclusion, a data exception.
 */
@QuarkusTest
class RefusalMappingTest {

    @Inject
    AgroalDataSource database;

    @Inject
    Vertx vertx;

    private LogCapture log;

    @BeforeEach
    void listen() {
        log = LogCapture.start();
    }

    @AfterEach
    void forgetEdits() throws SQLException {
        log.close();
        Archivist.forgetEdits(database);
    }

    @Test
    void aSecondOpenLeadershipTheCheckCouldNotSeeIsAConflictNamingTheRule() throws Exception {
        String cell = CellRacesTest.cell("Mapped cell");
        List<String> people = CellRacesTest.people("Mapped leader", Race.size());
        // The test opens a leadership of the cell and commits it only once the appointments wait on it: the first to
        // insert its own open leadership meets the test's row in the unique index, unseen by its check.
        List<JsonPath> answers = Race.run(database, Race.uncommitted("insert into cell_leader (cell_id, person_id, from_wording) "
                        + "values (?, 408, 'unseen')", Race.rowId(cell)),
                i -> Archivist.run("editing/appoint-cell-leader", Race.input(Map.of("cell", cell, "person", people.get(i),
                        "from", CellRacesTest.IN_2375))).statusCode(200).extract().jsonPath());
        List<Object> refused = new ArrayList<>();
        answers.forEach(a -> refused.addAll(a.getList("data.appointCellLeader.userErrors")));
        assertEquals(List.of(Map.of("code", "CONFLICT", "field", "cell", "message", "The cell's open leadership changed meanwhile: "
                + "a cell has one open leadership. Read its leaders again (rule `cell_leader_one_open`).")), refused);
        assertEquals(1, Race.number(database, "select count(*) from cell_leader where cell_id = ? and " + CellRacesTest.OPEN, Race.rowId(cell)));
        assertTrue(log.lines().stream().anyMatch(l -> Level.INFO.equals(l.level()) && l.logger().endsWith("DatabaseRefusals")));
    }

    @Test
    void aSecondParticipationTheCheckCouldNotSeeIsAConflictNamingTheRule() throws Exception {
        Links lore = Links.read();
        List<JsonPath> answers = Race.run(database, Race.uncommitted("insert into event_participant (event_id, role, faction_id) "
                        + "values (906, 'unseen', 605)"),
                i -> Archivist.run("editing/links/add-participant", Race.input(Map.of("event", lore.id("raid"),
                        "participant", lore.id("talShiar"), "role", "role " + i))).statusCode(200).extract().jsonPath());
        List<Object> mapped = new ArrayList<>();
        answers.forEach(a -> mapped.addAll(a.getList("data.addParticipant.userErrors.findAll { it.message.contains('rule') }")));
        assertEquals(List.of(Map.of("code", "CONFLICT", "field", "participant", "message", "It already takes part in the event: one "
                + "takes part in an event once. Change the role of that participation (rule `event_participant_once`).")), mapped);
        assertEquals(0, Race.count(answers, "data.addParticipant.userErrors.size()", 0), "the others were told by the API");
    }

    /** Runs {@code sql} (statements in order) as the write of {@code mutation}; gives its user errors. */
    private List<UserError> write(String mutation, String... sql) throws Exception {
        CompletableFuture<List<UserError>> done = new CompletableFuture<>();
        Edit edit = new Edit("tester", mutation);
        // as a service runs its writes: one Panache transaction, signed, its refusals mapped by Writes.payload
        vertx.runOnContext(ignored -> Writes.payload(edit, () -> Panache.withTransaction(() -> Writes.sign(edit)
                                .chain(Panache::getSession).chain(session -> run(session, sql))),
                        nothing -> List.<UserError>of(), errors -> errors)
                .subscribe().with(done::complete, done::completeExceptionally));
        return done.get(10, TimeUnit.SECONDS);
    }

    private static Uni<Object> run(Mutiny.Session session, String... sql) {
        Uni<Object> steps = Uni.createFrom().nullItem();
        for (String statement : sql) {
            steps = steps.chain(ignored -> statement.startsWith("select")
                    ? session.createNativeQuery(statement).getResultList().map(rows -> (Object) rows)
                    : session.createNativeQuery(statement).executeUpdate().map(rows -> (Object) rows));
        }
        return steps;
    }

    @Test
    void aReferenceToNothingIsNotFoundOnItsField() throws Exception {
        assertEquals(List.of(UserError.notFound("person", "What it names is no longer in the archive (rule `membership_person_id_fkey`).")),
                write("addMembership", "insert into membership (person_id, faction_id, role) values (999, 600, 'member')"));
    }

    @Test
    void deletingWhatIsPointedToIsAConflict() throws Exception {
        // Captain Kira of the primary universe (409) crossed in 2383: a participation points to her.
        assertEquals(List.of(UserError.conflict("id", "Something still points to this record (rule `event_participant_person_id_fkey`): "
                + "delete with `detach: true`, or remove what points here first.")), write("deleteRecord", "delete from person where id = 409"));
    }

    @Test
    void aBrokenCheckIsBadInputNamingTheRule() throws Exception {
        assertEquals(List.of(UserError.badInput("locatedIn", "A place does not lie within itself (rule `place_not_within_itself`).")),
                write("updatePlace", "update place set located_in_id = id where id = 207"));
        assertEquals(List.of(UserError.badInput(null, "The archive refuses this change (rule `person_name_length`).")),
                write("updatePerson", "update person set name = '' where id = 400"));
    }

    @Test
    void anOverlapIsAConflictNamingTheRule() throws Exception {
        assertEquals(List.of(UserError.conflict(null, "It overlaps another that may not overlap it (rule `terms_during_excl`).")),
                write("addTerm", "create temp table terms (during int4range, exclude using gist (during with &&)) on commit drop",
                        "insert into terms values ('[1,10)')", "insert into terms values ('[5,15)')"));
    }

    @Test
    void aDataExceptionIsBadInputLoggedAsOneInfoLine() throws Exception {
        assertEquals(List.of(UserError.badInput(null, "The archive cannot store a value of this change: check the text, dates and numbers sent.")),
                write("recordEvent", "select cast('2370-13-01' as date)"));
        assertEquals(List.of(UserError.badInput(null, "The archive cannot store a value of this change: check the text, dates and numbers sent.")),
                write("createPerson", "select 1 / 0"));
        List<LogCapture.Line> refusals = log.lines().stream().filter(l -> l.logger().endsWith("DatabaseRefusals")).toList();
        assertEquals(2, refusals.size());
        refusals.forEach(l -> assertEquals(Level.INFO, l.level()));
        refusals.forEach(l -> assertEquals(null, l.thrown()));
        assertTrue(log.atLeast(Level.SEVERE).isEmpty(), "nothing logged as an error");
    }
}
