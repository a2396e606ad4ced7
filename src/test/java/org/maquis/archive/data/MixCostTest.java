package org.maquis.archive.data;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.maquis.archive.galaxy.Galaxy;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Statements;
import org.maquis.archive.support.Statements.Cost;

/**
 * Flat, bounded cost, over a generated galaxy of {@value #SMALL} people and over one a hundred times larger (each
 * loaded once): every query of the mix ({@link Mix}) runs no more statements than its bound, the same at both sizes,
 * and reads no more rows than its bound at each size; its pages read (shared buffers) grow only as an index deepens;
 * none of its statements scans a large table. In the larger galaxy, a page reached through a cursor from the middle
 * of a large connection costs what the first page from the same end costs ({@link DeepPages}). Writes on generated
 * rows cost no more than their bounds at either size ({@link GalaxyWrites}). Counted by PostgreSQL's
 * pg_stat_statements and EXPLAIN; no timing is asserted.
 */
@QuarkusTest
class MixCostTest {

    static final int SMALL = 300;
    static final int LARGE = 100 * SMALL;
    static final long SEED = 1701;

    /** Operations whose pages read grow with the density of the data; see the assertion. */
    static final Set<String> GROWS_WITH_DENSITY = Set.of("counted");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void removeTheGalaxy() throws SQLException {
        Archivist.forgetEdits(database);
        try (Connection c = database.getConnection()) {
            Galaxy.remove(c);
        }
    }

    @Test
    void aHundredTimesTheDataCostsTheSameAndNoMoreThanItsBound() throws SQLException {
        Statements statements = Statements.counting(database);
        Map<String, Cost> small = Mix.costs(database, statements, SMALL);
        Map<String, Cost> smallWrites = GalaxyWrites.measure(database, statements);
        Map<String, Cost> large = Mix.costs(database, statements, LARGE);
        List<DeepPages.Compared> deep = DeepPages.measure(database, statements);
        Map<String, Cost> largeWrites = GalaxyWrites.measure(database, statements);
        print(small, large, smallWrites, largeWrites, deep);
        List<Executable> checks = new ArrayList<>();
        for (String operation : Mix.OPERATIONS) {
            checks.add(() -> bounded(operation, Mix.BOUNDS.get(operation), small.get(operation), large.get(operation)));
            checks.add(() -> flat(statements, operation, small.get(operation), large.get(operation)));
        }
        for (DeepPages.Compared page : deep) {
            checks.add(() -> asFirst(page));
        }
        for (var write : GalaxyWrites.BOUNDS.entrySet()) {
            checks.add(() -> bounded(write.getKey(), write.getValue(), smallWrites.get(write.getKey()), largeWrites.get(write.getKey())));
        }
        assertAll(checks);
    }

    /** At most the bound's statements at either size, and at most its rows at each (a read's or a write's). */
    private static void bounded(String operation, Mix.Bound bound, Cost small, Cost large) {
        assertTrue(small.statements() <= bound.statements() && large.statements() <= bound.statements(), operation
                + ": statements at 1x " + small.statements() + ", at 100x " + large.statements() + ", bound " + bound.statements()
                + "\n" + String.join("\n", large.queries()));
        assertTrue(small.rows() <= bound.rowsAt1x(), operation + ": rows at 1x " + small.rows() + ", bound " + bound.rowsAt1x());
        assertTrue(large.rows() <= bound.rowsAt100x(), operation + ": rows at 100x " + large.rows() + ", bound " + bound.rowsAt100x());
    }

    /** The same statements at both sizes, about the same rows and pages read, and no scan of a large table. */
    private static void flat(Statements statements, String operation, Cost before, Cost after) throws SQLException {
        assertEquals(before.statements(), after.statements(), operation + ": statements at 1x and at 100x");
        // Rows differ only with the shape of the page (how many distinct places its people come from), unless the
        // answer itself grows until its pages are full; the pages read are then compared per row read.
        boolean fills = Mix.FILLS_WITH_DATA.contains(operation);
        if (!fills) {
            assertTrue(after.rows() <= before.rows() * 3 / 2 + 1,
                    operation + ": rows read at 1x " + before.rows() + ", at 100x " + after.rows());
        }
        // An index a hundred times larger is a level or two deeper: each of a statement's index lookups may
        // read a page or two more (and a fresh table's pages are counted unevenly, by a few). A selected
        // totalCount grows with the data's density instead (not with the archive's length): it reads as many
        // index entries as it counts. A year window reads one index range per length of date
        // (V6__timeline_window.sql), each from where an event of that length can reach the window.
        // Search ranks at most a fixed number of candidates from each of its two indexes (SearchGraph's
        // CANDIDATES), and its GIN indexes keep no pending list (V9), so it is held to the same rule.
        // The pages of an answer that grows are held to the same rule per row read; at the small size a row is
        // counted at two pages at least (an index page and a heap page, what a read by key costs): on tables of a
        // few pages PostgreSQL may rather scan and hash them, reading fewer pages than any plan by key would, which
        // the large size's plans (no sequential scan, checked below) cannot match.
        if (!GROWS_WITH_DENSITY.contains(operation)) {
            long small = fills ? Math.max(before.buffers(), 2 * before.rows()) : before.buffers();
            long allowed = 3 * small * (fills ? after.rows() : 1) / (fills ? before.rows() : 1) + 40;
            assertTrue(after.buffers() <= allowed,
                    operation + ": pages read at 1x " + before.buffers() + ", at 100x " + after.buffers());
        }
        for (String query : after.queries()) {
            Set<String> scanned = statements.sequentialScans(query, SMALL);
            assertTrue(scanned.isEmpty(), operation + " scans " + scanned + " in full: " + query);
        }
    }

    /** A page from the middle costs the statements and rows of the first page, and about its pages read. */
    private static void asFirst(DeepPages.Compared page) {
        assertEquals(page.first().statements(), page.deep().statements(), page.name() + ": statements");
        assertEquals(page.first().rows(), page.deep().rows(), page.name() + ": rows");
        assertTrue(page.deep().buffers() <= 2 * page.first().buffers() + 20,
                page.name() + ": pages read, first page " + page.first().buffers() + ", from the middle " + page.deep().buffers());
    }

    private static void print(Map<String, Cost> small, Map<String, Cost> large, Map<String, Cost> smallWrites,
            Map<String, Cost> largeWrites, List<DeepPages.Compared> deep) {
        System.out.println("[MixCostTest] operation: statements, rows, pages read at " + SMALL + " / " + LARGE + " people");
        Mix.OPERATIONS.forEach(o -> line(o, small.get(o), large.get(o)));
        smallWrites.keySet().forEach(w -> line(w, smallWrites.get(w), largeWrites.get(w)));
        System.out.println("[MixCostTest] page: statements, rows, pages read, first page / from the middle, at " + LARGE);
        deep.forEach(p -> line(p.name(), p.first(), p.deep()));
    }

    private static void line(String name, Cost a, Cost b) {
        System.out.printf("[MixCostTest] %-24s %d / %d, %d / %d, %d / %d%n", name, a.statements(), b.statements(),
                a.rows(), b.rows(), a.buffers(), b.buffers());
    }
}
