package org.maquis.archive.races;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Race;

/**
 * The database holds V12's rules whoever writes: plain SQL, outside the API, is refused with the rule's name.
 * Each statement runs in a transaction that is rolled back, so the lore stays as it is.
 */
@QuarkusTest
class LoreRulesSqlTest {

    @Inject
    AgroalDataSource database;

    /** Runs the statements in one transaction, rolled back; asserts the last is refused by {@code rule} with {@code state}. */
    private void refused(String state, String rule, String... statements) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                for (int i = 0; i < statements.length - 1; i++) {
                    s.execute(statements[i]);
                }
                SQLException e = assertThrows(SQLException.class, () -> s.execute(statements[statements.length - 1]));
                assertEquals(state, e.getSQLState(), e.getMessage());
                assertEquals(rule, ((org.postgresql.util.PSQLException) e).getServerErrorMessage().getConstraint(), e.getMessage());
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void aCellHasOneOpenLeadership() throws SQLException {
        // The Bajora cell (800) is led by Shakaar Edon (407), whose leadership has not ended.
        refused("23505", "cell_leader_one_open", "insert into cell_leader (cell_id, person_id, from_wording) values (800, 408, 'later')");
        refused("23505", "cell_leader_one_open",
                "update cell_leader set to_earliest = null, to_latest = null, to_wording = null where id = 1");
    }

    @Test
    void oneTakesPartInAnEventAndCommandsAShipOnce() throws SQLException {
        // Participant 16: Marlena Moreau (401) was killed in the raid on Rigel IV (906); 15: the Maquis (600) raided it.
        refused("23505", "event_participant_once", "insert into event_participant (event_id, role, person_id) values (906, 'raider', 401)");
        refused("23505", "event_participant_once", "insert into event_participant (event_id, role, faction_id) values (906, 'again', 600)");
        refused("23505", "ship_command_once", "insert into ship_command (ship_id, person_id, role) values (703, 404, 'admiral')");
    }

    @Test
    void nothingReferencesItself() throws SQLException {
        refused("23514", "place_not_within_itself", "update place set located_in_id = id where id = 207");
        refused("23514", "event_not_following_itself", "update event set follows_id = id where id = 906");
        refused("23514", "faction_not_part_of_itself", "update faction set part_of_faction_id = id where id = 603");
        refused("23514", "faction_not_its_own_counterpart", "update faction set counterpart_id = id where id = 600");
        refused("23514", "faction_origin_not_from_itself", "insert into faction_origin (faction_id, formed_from_id) values (607, 607)");
        refused("23514", "spy_assignment_not_ordered_by_the_spy", "update spy_assignment set ordered_by_id = spy_id where id = 1");
        refused("23514", "ship_not_renamed_to_itself", "update ship set renamed_to_id = id where id = 701");
    }

    @Test
    void nothingLoopsThroughOthers() throws SQLException {
        // The Badlands (207) lie within the Alpha Quadrant (200).
        refused("23514", "place_never_within_itself", "update place set located_in_id = 207 where id = 200");
        // 921 follows 920, which follows 919.
        refused("23514", "event_never_follows_itself", "update event set follows_id = 921 where id = 919");
        // The Ruling Council (603) is part of the Maquis (600).
        refused("23514", "faction_never_part_of_itself", "update faction set part_of_faction_id = 603 where id = 600");
        // Intelligence (607) was formed from the Tal Shiar (605).
        refused("23514", "faction_origin_never_loops", "insert into faction_origin (faction_id, formed_from_id) values (605, 607)");
        // The ISS Prometheus (700) was renamed the IRS Enterprise (701).
        refused("23514", "ship_renaming_never_loops", "update ship set renamed_to_id = 700 where id = 701");
        refused("23514", "place_never_within_itself", "update place set located_in_id = 205 where id = 206",
                "update place set located_in_id = 206 where id = 200");
    }

    /**
     * Two transactions that each close half of a loop, under READ COMMITTED: the second waits for the hierarchy's lock
     * while the first is open, then sees its half and is refused. Without the lock each would see none and both commit.
     */
    @Test
    void twoHalvesOfALoopAreNeverBothCommitted() throws Exception {
        // Cestus III (205) within Sherman's Planet (206), and Sherman's Planet within Cestus III.
        twoHalvesOfALoop("update place set located_in_id = 206 where id = 205", "update place set located_in_id = 205 where id = 206",
                "update place set located_in_id = 200 where id in (205, 206)");
    }

    /**
     * The same for factions formed from factions, where an insert closes the loop: faction_origin_never_loops takes
     * the hierarchy's lock before it looks, so the second insert waits for the first and is refused.
     */
    @Test
    void twoHalvesOfAnOriginLoopAreNeverBothCommitted() throws Exception {
        // The Maquis (600) formed from the Vulcan High Command (602), and the Vulcan High Command from the Maquis.
        twoHalvesOfALoop("insert into faction_origin (faction_id, formed_from_id) values (600, 602)",
                "insert into faction_origin (faction_id, formed_from_id) values (602, 600)",
                "delete from faction_origin where (faction_id, formed_from_id) in ((600, 602), (602, 600))");
    }

    /**
     * Runs {@code first} in a transaction left open, then {@code second} in another, which must wait for the
     * hierarchy's (advisory) lock; commits the first and asserts the second is refused (check_violation). Then puts
     * the lore back with {@code restore} and forgets the history written.
     */
    private void twoHalvesOfALoop(String first, String second, String restore) throws Exception {
        try (Connection one = database.getConnection(); Connection other = database.getConnection()) {
            one.setAutoCommit(false);
            other.setAutoCommit(false);
            try {
                Race.sql(one, first);
                CompletableFuture<SQLException> refused = CompletableFuture.supplyAsync(() -> {
                    try {
                        Race.sql(other, second);
                        return null;
                    } catch (SQLException e) {
                        return e;
                    }
                });
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
                while (Race.number(database, "select count(*) from pg_stat_activity where datname = current_database() "
                        + "and wait_event_type = 'Lock' and wait_event = 'advisory'") < 1 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertEquals(1, Race.number(database, "select count(*) from pg_stat_activity where datname = current_database() "
                        + "and wait_event_type = 'Lock' and wait_event = 'advisory'"), "the second half waits for the first");
                one.commit();
                SQLException refusal = refused.get(5, TimeUnit.SECONDS);
                assertEquals("23514", refusal == null ? null : refusal.getSQLState());
            } finally {
                one.rollback();
                other.rollback();
                try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
                    s.execute("begin; set local maquis.history = 'off'; " + restore + "; delete from change; commit");
                }
            }
        }
    }
}
