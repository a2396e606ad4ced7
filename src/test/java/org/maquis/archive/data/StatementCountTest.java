package org.maquis.archive.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/**
 * No N+1: the statements PostgreSQL executes for a query depend on its depth, not on its rows. The same
 * three-level query runs over the article's data and over a data set a hundred times larger; PostgreSQL's
 * pg_stat_statements counts the statements each time.
 */
@QuarkusTest
class StatementCountTest {

    /** The fields of scale/cells-leaders-people that read: cells (a page and its count) and six nested ones. */
    static final int LOADING_FIELDS = 8;

    @Inject
    AgroalDataSource database;

    @Test
    void aHundredTimesTheDataCostsTheSameStatements() throws SQLException {
        sql("create extension if not exists pg_stat_statements");
        long articleStatements = statementsFor("scale/cells-leaders-people");
        int articleCells = GraphQL.run("scale/cells-leaders-people").extract().path("data.cells.nodes.size()");
        try {
            sql(GraphQL.read("graphql/scale/hundredfold.sql"));
            long largerStatements = statementsFor("scale/cells-leaders-people");
            int largerCells = GraphQL.run("scale/cells-leaders-people").extract().path("data.cells.nodes.size()");
            assertTrue(largerCells >= 100 * articleCells, "the larger data set has a hundred times the cells");
            // One statement per field that reads (the cells' page and count, and six nested fields), whatever the
            // rows. Fewer on the article's data: a request's loader of factions already holds, from the cells,
            // every faction the article's memberships name, so the deepest level costs nothing there.
            assertTrue(largerStatements <= LOADING_FIELDS, "statements for 100 times the data: " + largerStatements);
            assertTrue(articleStatements <= largerStatements,
                    "statements for the article's data " + articleStatements + ", for 100 times more " + largerStatements);
        } finally {
            sql(GraphQL.read("graphql/scale/remove-hundredfold.sql"));
        }
    }

    /** How many statements PostgreSQL executed in this database while answering the operation. */
    private long statementsFor(String operation) throws SQLException {
        sql("select pg_stat_statements_reset()");
        GraphQL.answered(GraphQL.run(operation, Map.of()));
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select coalesce(sum(calls), 0) from pg_stat_statements"
                        + " where dbid = (select oid from pg_database where datname = current_database())"
                        + " and query not ilike '%pg_stat_statements%'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private void sql(String statements) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }
}
