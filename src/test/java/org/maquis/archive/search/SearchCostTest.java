package org.maquis.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.galaxy.Galaxy;

/**
 * What search's statement computes per candidate, counted by PostgreSQL (track_functions, for the transaction):
 * a fuzzy candidate's trigram similarities are its name's, computed once per name and not again for each of the
 * name's documents. Over a generated galaxy, where a misspelt name's candidates share a few names (names repeat).
 */
@QuarkusTest
class SearchCostTest {

    static final int PEOPLE = 3000;
    /** A misspelt name that one person in fifty bears (the galaxy's popular names, galaxy/Words). */
    static final String QUERY = "Elim Garek";

    @Inject
    AgroalDataSource database;

    @AfterEach
    void removeTheGalaxy() throws SQLException {
        try (Connection c = database.getConnection()) {
            Galaxy.remove(c);
        }
    }

    @Test
    void aNamesSimilarityIsComputedOncePerNameNotPerDocument() throws SQLException {
        try (Connection c = database.getConnection()) {
            Galaxy.load(c, PEOPLE, 1701);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local track_functions = 'all'");
                s.execute("set local plan_cache_mode = force_generic_plan"); // as the API's connections plan it
            }
            List<String> candidates = new ArrayList<>();
            String matches = SearchGraph.MATCHES.replace(":q", "?");
            try (PreparedStatement p = c.prepareStatement(matches)) {
                for (int i = 1; i <= p.getParameterMetaData().getParameterCount(); i++) {
                    p.setString(i, QUERY);
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        candidates.add(r.getString("type") + ":" + r.getLong("id"));
                    }
                }
            }
            long similarities = calls(c, "similarity");
            long closeness = calls(c, "word_similarity");
            long names;
            try (PreparedStatement p = c.prepareStatement("select count(distinct plain_name) from search_document"
                    + " where type || ':' || id = any (?)")) {
                p.setArray(1, c.createArrayOf("text", candidates.toArray()));
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    names = r.getLong(1);
                }
            }
            c.rollback();
            System.out.printf("[SearchCostTest] %d candidates of %d names: similarity() %d calls, word_similarity() %d%n",
                    candidates.size(), names, similarities, closeness);
            assertTrue(names * 4 <= candidates.size(), "candidates share few names: " + names + " for " + candidates.size());
            assertEquals(names, similarities, "similarity() once per name of the candidates");
            assertTrue(closeness < candidates.size(), "word_similarity() per matching name, not per document: " + closeness);
        }
    }

    /** The calls of a function in this transaction so far. */
    private static long calls(Connection c, String function) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "select coalesce(sum(calls), 0) from pg_stat_xact_user_functions where funcname = ?")) {
            p.setString(1, function);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
