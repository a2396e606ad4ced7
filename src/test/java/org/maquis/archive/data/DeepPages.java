package org.maquis.archive.data;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Statements;
import org.maquis.archive.support.Statements.Cost;

/**
 * Pages of large connections reached through a cursor from the middle of the connection (forward with
 * {@code after}, backward with {@code before}), against the first page from the same end: a keyset cursor reads
 * from its row on, so both cost the same statements and rows and about the same pages (an offset would read every
 * row before the cursor's, which pg_stat_statements shows as pages read, not as rows returned).
 */
final class DeepPages {

    /**
     * A large connection: its operation (graphql/deep/), where its nodes are in the answer, and the SQL of the
     * payload of the cursor of its middle row (the order's name, then its sort keys as the API writes them).
     */
    record Large(String operation, String nodes, String middle) {
    }

    static final List<Large> CONNECTIONS = List.of(
            new Large("deep/people", "data.people",
                    "select 'name:' || cast(json_build_array(t.name, t.id) as text) from person t"
                            + " order by t.name, t.id offset (select count(*) / 2 from person) limit 1"),
            new Large("deep/events", "data.events",
                    "select 'timeline:' || cast(json_build_array(t.date_first, t.date_last, t.id) as text) from event t"
                            + " where t.date_first is not null order by t.date_first, t.date_last, t.id"
                            + " offset (select count(*) / 2 from event) limit 1"),
            new Large("deep/members", "data.faction.members",
                    "select 'sort-date:' || cast(json_build_array(t.sort_date, t.id) as text) from membership t"
                            + " where t.faction_id = 600 and t.sort_date is not null order by t.sort_date, t.id"
                            + " offset (select count(*) / 2 from membership where faction_id = 600) limit 1"));

    /** The cost of the first page from one end and of the page from the middle, in the same direction. */
    record Compared(String name, Cost first, Cost deep) {
    }

    static final int PAGE = 20;

    private DeepPages() {
    }

    /** For each connection, forward (first, after) and backward (last, before), as the archive is now. */
    static List<Compared> measure(DataSource database, Statements statements) throws SQLException {
        List<Compared> compared = new java.util.ArrayList<>();
        for (Large connection : CONNECTIONS) {
            String cursor = cursor(database, connection.middle());
            compared.add(new Compared(connection.operation() + " forward",
                    cheapest(statements, connection, Map.of("first", PAGE)),
                    cheapest(statements, connection, Map.of("first", PAGE, "after", cursor))));
            compared.add(new Compared(connection.operation() + " backward",
                    cheapest(statements, connection, Map.of("last", PAGE)),
                    cheapest(statements, connection, Map.of("last", PAGE, "before", cursor))));
        }
        return compared;
    }

    /** The cheapest of three runs by pages read (see {@link Mix#costs}), each answering a full page. */
    private static Cost cheapest(Statements statements, Large connection, Map<String, Object> variables)
            throws SQLException {
        Map<String, Object> given = new HashMap<>(variables);
        GraphQL.run(connection.operation(), given).statusCode(200);
        Cost cheapest = null;
        for (int run = 0; run < 3; run++) {
            Cost cost = statements.of(() -> GraphQL.run(connection.operation(), given).statusCode(200)
                    .body("errors", nullValue())
                    .body(connection.nodes() + ".nodes.size()", equalTo(PAGE)));
            if (cheapest == null || cost.buffers() < cheapest.buffers()) {
                cheapest = cost;
            }
        }
        return cheapest;
    }

    private static String cursor(DataSource database, String payloadSql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(payloadSql)) {
            if (!r.next()) {
                throw new IllegalStateException("no middle row: " + payloadSql);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(r.getString(1).getBytes(StandardCharsets.UTF_8));
        }
    }
}
