package org.maquis.archive.ops;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the database answers `select 1` through the API's own reactive pool within
 * {@code maquis.health.database-timeout}. Quarkus' own datasource checks are off (application.properties): the
 * JDBC one tests Flyway's pool, not the one requests use, and the reactive one waits up to 20 seconds.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    static final String NAME = "database";

    private final Pool pool;
    private final Duration timeout;

    public DatabaseReadiness(Pool pool, @ConfigProperty(name = "maquis.health.database-timeout") Duration timeout) {
        this.pool = pool;
        this.timeout = timeout;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        // The reason names no host, port or driver: the endpoint is public.
        return pool.query("select 1").execute().map(rows -> HealthCheckResponse.up(NAME))
                .ifNoItem().after(timeout).recoverWithItem(() -> down("no answer within " + timeout.toMillis() + " ms"))
                .onFailure().recoverWithItem(e -> down("unreachable"));
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }
}
