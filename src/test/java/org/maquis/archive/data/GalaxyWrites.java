package org.maquis.archive.data;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.maquis.archive.galaxy.Galaxy;
import org.maquis.archive.relay.GlobalId;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Editing;
import org.maquis.archive.support.Statements;
import org.maquis.archive.support.Statements.Cost;

/**
 * Writes over a generated galaxy, each on a generated row from the middle of its table, and what they may cost at
 * most: statements (the API's and its triggers', which pg_stat_statements counts too) and rows they touched or
 * returned, at 1x and at 100x. A write reads and changes the rows it names and those that point to them, so its cost
 * follows what it names, not the size of the archive: the person deleted at 100x has fewer links than the one at 1x.
 */
final class GalaxyWrites {

    /**
     * The writes, and their bounds: what they cost today, exactly (see {@link Mix#BOUNDS}). Each change the history
     * records costs one statement of V13 at commit (its `seq`, for live updates): updateEvent makes 1, captureShip 5,
     * the deletion 6 at 1x and 3 at 100x (and each as many rows).
     */
    static final Map<String, Mix.Bound> BOUNDS = Map.of(
            "updateEvent", new Mix.Bound(14, 10, 10),
            "captureShip", new Mix.Bound(42, 38, 38),
            "deleteRecord", new Mix.Bound(47, 45, 24));

    private GalaxyWrites() {
    }

    /** Each write's cost, on the galaxy loaded now; what they wrote is forgotten afterwards (ids below the galaxy's). */
    static Map<String, Cost> measure(DataSource database, Statements statements) throws SQLException {
        Map<String, Cost> costs = new LinkedHashMap<>();
        try {
            long[] event = middle(database, "select id, version from event where id >= " + Galaxy.BASE);
            costs.put("updateEvent", statements.of(() -> Archivist.run("editing/entries/update-event",
                            Editing.input("id", GlobalId.encode("Event", event[0]), "version", event[1],
                                    "name", "Kessik raid", "description", "A raid on the Kessik depot."))
                    .statusCode(200).body("errors", nullValue()).body("data.updateEvent.userErrors", empty())));
            long[] ship = middle(database, "select id, version from ship where id >= " + Galaxy.BASE
                    + " and renamed_to_id is null and universe = 'MIRROR' and faction_id is distinct from "
                    + "(select id from faction where slug = 'tal-shiar')");
            long talShiar = middle(database, "select id, version from faction where slug = 'tal-shiar'")[0];
            costs.put("captureShip", statements.of(() -> Archivist.run("editing/capture-ship", Editing.input(
                            "ship", GlobalId.encode("Ship", ship[0]), "captor", GlobalId.encode("Faction", talShiar),
                            "date", Map.of("earliest", "2380-01-01", "latest", "2380-12-31", "wording", "in 2380"),
                            "description", "The Tal Shiar takes a hull.", "newName", "IRS Kessik"))
                    .statusCode(200).body("errors", nullValue()).body("data.captureShip.userErrors", empty())));
            // A person with memberships and events: detached from all of them, then deleted.
            long[] person = middle(database, "select id, version from person p where id >= " + Galaxy.BASE
                    + " and exists (select from membership m where m.person_id = p.id)"
                    + " and exists (select from event_participant e where e.person_id = p.id)");
            costs.put("deleteRecord", statements.of(() -> Archivist.run("editing/delete-record",
                            Editing.input("id", GlobalId.encode("Person", person[0]), "version", person[1], "detach", true))
                    .statusCode(200).body("errors", nullValue()).body("data.deleteRecord.userErrors", empty())));
        } finally {
            Archivist.forgetEdits(database);
        }
        return costs;
    }

    /** The id and version of the middle row of {@code query}'s rows by id. */
    private static long[] middle(DataSource database, String query) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id, version from (" + query + ") q order by id"
                        + " offset (select count(*) / 2 from (" + query + ") n) limit 1")) {
            if (!r.next()) {
                throw new IllegalStateException("no row: " + query);
            }
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }
}
