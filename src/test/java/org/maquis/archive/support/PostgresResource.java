package org.maquis.archive.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The tests' PostgreSQL: a real one from Testcontainers. Where no container engine can be used, the same
 * suite runs against the PostgreSQL named by MAQUIS_TEST_FALLBACK_URL, and says so loudly.
 * The image defaults to the one .ci/container-engine.sh builds locally (no image registry here);
 * set MAQUIS_TEST_IMAGE=postgres:15 on a machine that can pull.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    static final String IMAGE = env("MAQUIS_TEST_IMAGE", "maquis/postgres:15");
    static final String FALLBACK = env("MAQUIS_TEST_FALLBACK_URL", "jdbc:postgresql://127.0.0.1:5432/maquis_test");
    static final String FALLBACK_USER = env("MAQUIS_TEST_FALLBACK_USER", "postgres");

    /** The configuration key that names the container, when the database is one. */
    public static final String CONTAINER_ID = "maquis.test.container-id";

    private PostgreSQLContainer container;

    @Override
    public Map<String, String> start() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            container = new PostgreSQLContainer(DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("postgres"))
                    // pg_stat_statements lets the statement-count test ask PostgreSQL what it executed.
                    .withCommand("postgres", "-c", "fsync=off", "-c", "shared_preload_libraries=pg_stat_statements",
                            "-c", "pg_stat_statements.track=all");
            container.start();
            announce("Testcontainers PostgreSQL (" + IMAGE + ") at " + container.getJdbcUrl());
            Map<String, String> config = new HashMap<>(config(container.getJdbcUrl(), container.getUsername(), container.getPassword()));
            // DatabaseOutageTest freezes this container to take the database away from the running API.
            config.put(CONTAINER_ID, container.getContainerId());
            return config;
        }
        announce("""
                NO CONTAINER ENGINE: Testcontainers cannot run here.
                The suite runs against the configured PostgreSQL instead: %s (user %s).
                Run .ci/container-engine.sh to test against a container.""".formatted(FALLBACK, FALLBACK_USER));
        createDatabaseIfMissing();
        return config(FALLBACK, FALLBACK_USER, env("MAQUIS_TEST_FALLBACK_PASSWORD", ""));
    }

    private static Map<String, String> config(String jdbcUrl, String user, String password) {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.reactive.url", jdbcUrl.substring("jdbc:".length()),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    private static void createDatabaseIfMissing() {
        int slash = FALLBACK.lastIndexOf('/');
        String name = FALLBACK.substring(slash + 1).replaceAll("\\?.*", "");
        String admin = FALLBACK.substring(0, slash + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, FALLBACK_USER, env("MAQUIS_TEST_FALLBACK_PASSWORD", ""));
                var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                c.createStatement().execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the fallback PostgreSQL at " + admin, e);
        }
    }

    private static void announce(String message) {
        String bar = "=".repeat(78);
        System.err.println("\n" + bar + "\n[maquis tests] " + message.replace("\n", "\n[maquis tests] ") + "\n" + bar + "\n");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
    }
}
