package org.maquis.archive.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/**
 * The reactive pool holds three connections per processor of the machine unless MAQUIS_DB_POOL_SIZE says
 * otherwise (PoolSizeDefault): a burst of concurrent requests shares them and opens no more.
 */
@QuarkusTest
class PoolSizeTest {

    @Inject
    AgroalDataSource database;

    @Test
    void thePoolHoldsThreeConnectionsPerProcessorAndABurstOpensNoMore() throws Exception {
        int size = ConfigProvider.getConfig().getValue("quarkus.datasource.reactive.max-size", Integer.class);
        assertEquals(3 * Runtime.getRuntime().availableProcessors(), size);
        ExecutorService clients = Executors.newFixedThreadPool(32);
        try {
            List<Future<?>> requests = new ArrayList<>();
            for (int i = 0; i < 512; i++) {
                requests.add(clients.submit(() -> GraphQL.answered(GraphQL.run("mix/nested"))));
            }
            int most = 0;
            while (requests.stream().anyMatch(r -> !r.isDone())) {
                most = Math.max(most, reactiveConnections());
            }
            for (Future<?> request : requests) {
                request.get();
            }
            assertTrue(most <= size, "connections open at once: " + most + ", pool " + size);
            assertTrue(most > 0, "the burst was seen using the pool");
        } finally {
            clients.shutdownNow();
        }
    }

    private int reactiveConnections() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from pg_stat_activity where datname = current_database()"
                        + " and application_name = 'vertx-pg-client'")) {
            r.next();
            return r.getInt(1);
        }
    }
}
