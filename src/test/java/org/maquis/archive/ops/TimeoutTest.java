package org.maquis.archive.ops;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/**
 * Each statement of the API's pool runs under `statement_timeout` (MAQUIS_DB_STATEMENT_TIMEOUT; 5 s in the test
 * profile). A statement that waits longer, here for a lock this test holds on `person`, is cancelled by PostgreSQL
 * (SQLSTATE 57014) and its field answers INTERNAL with an incident id, in about the timeout, not a hang.
 */
@QuarkusTest
class TimeoutTest {

    @Inject
    AgroalDataSource database;

    @Test
    void aStatementOverTheTimeoutIsInternalSayingSoNotAHang() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("lock table person in access exclusive mode");
            long start = System.nanoTime();
            try {
                GraphQL.run("errors/person-by-slug", Map.of("slug", "marlena-moreau")).statusCode(200)
                        .body("errors[0].extensions.code", equalTo("INTERNAL"))
                        .body("errors[0].message", containsString("statement timeout"))
                        .body("errors[0].message", containsString("incident"))
                        .body(not(containsString("57014")))
                        .body(not(containsString("canceling statement")));
            } finally {
                c.rollback();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(seconds >= 4.5 && seconds < 30, "answered after " + seconds + " s; the timeout is 5 s");
        }
        GraphQL.run("errors/person-by-slug", Map.of("slug", "marlena-moreau")).statusCode(200)
                .body("data.person.name", equalTo("Marlena Moreau"));
    }
}
