package org.maquis.archive.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.maquis.archive.search.SearchGraph;

/**
 * What PostgreSQL did to answer one GraphQL operation, as pg_stat_statements counts it: statements executed,
 * rows they returned, and shared buffers they touched (the pages read, which grows with the data when a
 * statement scans more than it returns). Counts, not timings: they do not depend on the machine.
 */
public final class Statements {

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");

    private final DataSource database;

    public Statements(DataSource database) {
        this.database = database;
    }

    /** Statements of this database, pg_stat_statements made sure of (the test database may be new). */
    public static Statements counting(DataSource database) throws SQLException {
        Statements statements = new Statements(database);
        statements.sql("create extension if not exists pg_stat_statements");
        return statements;
    }

    /** The cost of one operation, and the statements it ran. */
    public record Cost(long statements, long rows, long buffers, List<String> queries) {
    }

    /** Runs the operation once and reads what it cost. */
    public Cost of(String operation, Map<String, ?> variables) throws SQLException {
        return of(() -> GraphQL.run(operation, variables).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue()));
    }

    /** Makes the request (which checks its own answer) and reads what it cost. */
    public Cost of(Runnable request) throws SQLException {
        sql("select pg_stat_statements_reset()");
        request.run();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select calls, rows, shared_blks_hit + shared_blks_read, query"
                        + " from pg_stat_statements"
                        + " where dbid = (select oid from pg_database where datname = current_database())"
                        + " and query not ilike '%pg_stat_statements%'")) {
            long statements = 0;
            long rows = 0;
            long buffers = 0;
            List<String> queries = new ArrayList<>();
            while (r.next()) {
                statements += r.getLong(1);
                rows += r.getLong(2);
                buffers += r.getLong(3);
                queries.add(r.getString(4));
            }
            return new Cost(statements, rows, buffers, queries);
        }
    }

    /**
     * The tables that the plan of this normalized statement reads by sequential scan, among those holding at
     * least {@code largeRows} rows, as the API's connections plan it: once, generically
     * ({@code plan_cache_mode}, application.properties). pg_stat_statements keeps the statement with its constants
     * replaced by {@code $n}, the page's {@code limit} among them, which the API writes as a number: the limit is
     * written back as one (a page of 100), and the statement is prepared with its other parameters untyped and its
     * generic plan explained (PostgreSQL 15 has no EXPLAIN (GENERIC_PLAN); it needs values: a few keys for a list of
     * keys, null for the rest).
     */
    public Set<String> sequentialScans(String query, long largeRows) throws SQLException {
        Set<String> scanned = new TreeSet<>();
        for (JsonObject node : plan(query)) {
            if ("Seq Scan".equals(node.getString("Node Type"))) {
                scanned.add(node.getString("Relation Name"));
            }
        }
        try (Connection c = database.getConnection()) {
            scanned.removeIf(table -> rowsOf(c, table) < largeRows);
        }
        return scanned;
    }

    /**
     * How the generic plan of this normalized statement (as {@link #sequentialScans} explains it) reads
     * {@code table}: each scan of it, in plan order, as its node type and index ("Index Only Scan using
     * event_window", "Seq Scan").
     */
    public List<String> scansOf(String query, String table) throws SQLException {
        List<String> scans = new ArrayList<>();
        for (JsonObject node : plan(query)) {
            if (table.equals(node.getString("Relation Name", null))) {
                scans.add(node.getString("Node Type")
                        + (node.containsKey("Index Name") ? " using " + node.getString("Index Name") : ""));
            }
        }
        return scans;
    }

    /** The nodes of the statement's generic plan, parents before their children. */
    private List<JsonObject> plan(String query) throws SQLException {
        query = withLimitsWritten(query);
        int parameters = 0;
        Matcher m = PARAMETER.matcher(query);
        while (m.find()) {
            parameters = Math.max(parameters, Integer.parseInt(m.group(1)));
        }
        List<String> values = new ArrayList<>(java.util.Collections.nCopies(parameters, "null"));
        standIn(query, KEY_LIST, values, "'1,2,3'");
        standIn(query, KEY_SEPARATOR, values, "','");
        String arguments = parameters == 0 ? "" : "(" + String.join(", ", values) + ")";
        List<JsonObject> nodes = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("set plan_cache_mode = force_generic_plan");
            s.execute("prepare explained as " + query);
            try (ResultSet r = s.executeQuery("explain (format json) execute explained" + arguments)) {
                r.next();
                JsonArray plans = GraphQL.json(r.getString(1)).asJsonArray();
                collect(plans.getJsonObject(0).getJsonObject("Plan"), nodes);
            } finally {
                s.execute("deallocate explained");
            }
        }
        return nodes;
    }

    private static final Pattern LIMIT = Pattern.compile("limit \\$(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY_LIST = Pattern.compile("string_to_array\\(\\$(\\d+),");
    private static final Pattern KEY_SEPARATOR = Pattern.compile("string_to_array\\(\\$\\d+, \\$(\\d+)\\)");

    /**
     * The statement with its limits written back as numbers and the parameters after them renumbered: in a search's
     * statement every limit but the page's (the one that ends the statement) as its cap on candidates,
     * {@link SearchGraph#CANDIDATES}; any other limit as a page of 100.
     */
    static String withLimitsWritten(String query) {
        List<Integer> limits = new ArrayList<>();
        Matcher m = LIMIT.matcher(query);
        while (m.find()) {
            limits.add(Integer.parseInt(m.group(1)));
        }
        boolean search = query.contains("search_document");
        String written = LIMIT.matcher(query).replaceAll(l -> search && l.end() < query.stripTrailing().length()
                ? "limit " + SearchGraph.CANDIDATES : "limit 100");
        return PARAMETER.matcher(written).replaceAll(p -> {
            int k = Integer.parseInt(p.group(1));
            return "\\$" + (k - limits.stream().filter(l -> l < k).count());
        });
    }

    private static void standIn(String query, Pattern where, List<String> values, String value) {
        Matcher m = where.matcher(query);
        while (m.find()) {
            values.set(Integer.parseInt(m.group(1)) - 1, value);
        }
    }

    private static void collect(JsonObject plan, List<JsonObject> nodes) {
        nodes.add(plan);
        JsonValue children = plan.get("Plans");
        if (children != null) {
            children.asJsonArray().forEach(child -> collect(child.asJsonObject(), nodes));
        }
    }

    private static long rowsOf(Connection c, String table) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void sql(String statements) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }
}
