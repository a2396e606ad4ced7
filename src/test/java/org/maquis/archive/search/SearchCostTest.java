package org.maquis.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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

    /**
     * The documents that hold a query's words are read from the full-text index in three parts, the smallest first,
     * the next only while those before hold fewer than {@link SearchGraph#CANDIDATES} (V14): the index entries a
     * search reads are exactly those of the parts it needs, so a word that a tenth of the documents hold reads a
     * fraction of them, and a rare word reads all of its few. Over words of every frequency the galaxy has.
     */
    @Test
    void aWordIsReadFromTheIndexPartByPartAndAFrequentOneReadsFewOfItsDocuments() throws SQLException {
        try (Connection c = database.getConnection()) {
            Galaxy.load(c, PEOPLE, 1701);
            List<String> words = new ArrayList<>();
            List<Long> documents = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "select word, ndoc from ts_stat('select document from search_document') order by ndoc desc, word")) {
                while (r.next()) {
                    words.add(r.getString(1));
                    documents.add(r.getLong(2));
                }
            }
            assertTrue(documents.get(0) >= 2000, "a frequent word: " + words.get(0) + " in " + documents.get(0));
            List<String> asked = new ArrayList<>(List.of(words.get(0)));
            for (long near : List.of(1600L, 400L, 100L, 20L, 2L)) {
                int closest = 0;
                for (int i = 0; i < documents.size(); i++) {
                    if (Math.abs(documents.get(i) - near) < Math.abs(documents.get(closest) - near)) {
                        closest = i;
                    }
                }
                asked.add(words.get(closest));
            }
            for (String word : asked) {
                long[] parts = new long[3];
                for (int part = 0; part < 3; part++) {
                    parts[part] = count(c, "select count(*) from search_document where document @@ websearch_to_tsquery('english',"
                            + " unaccent(?)) and search_words_part_" + (part + 1) + "(id)", word);
                }
                long needed = parts[0];
                for (int part = 1; part < 3 && needed < SearchGraph.CANDIDATES; part++) {
                    needed += parts[part];
                }
                long all = parts[0] + parts[1] + parts[2];
                long read = entriesRead(c, word);
                System.out.printf("[SearchCostTest] %-12s in %6d documents (%d, %d, %d by part): %5d index entries read%n",
                        word, all, parts[0], parts[1], parts[2], read);
                assertEquals(needed, read, word + ": the entries of the parts it needs");
                assertTrue(all < 1700 ? read == all : read * 10 < all, word + ": " + read + " of " + all);
            }
        }
    }

    /** The index entries of the words' parts that search's statement reads for {@code word}, as the API plans it. */
    private static long entriesRead(Connection c, String word) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("set local plan_cache_mode = force_generic_plan");
            String matches = "explain (analyze, format json) " + SearchGraph.MATCHES.replace(":q", "?");
            try (PreparedStatement p = c.prepareStatement(matches)) {
                for (int i = 1; i <= p.getParameterMetaData().getParameterCount(); i++) {
                    p.setString(i, word);
                }
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return entries(Json.createReader(new java.io.StringReader(r.getString(1))).readArray()
                            .getJsonObject(0).getJsonObject("Plan"));
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static long entries(JsonObject node) {
        long read = "Bitmap Index Scan".equals(node.getString("Node Type"))
                && node.getString("Index Name", "").startsWith("search_document_words_")
                ? node.getJsonNumber("Actual Rows").longValue() : 0;
        JsonArray children = node.getJsonArray("Plans");
        for (int i = 0; children != null && i < children.size(); i++) {
            read += entries(children.getJsonObject(i));
        }
        return read;
    }

    private static long count(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
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
