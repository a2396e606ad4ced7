package org.maquis.archive.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One instance of the packaged application ({@code target/quarkus-app/quarkus-run.jar}, what `./mvnw package`
 * builds and a server runs) in a process of its own, on a free port, for the integration tests that need more than
 * the test instance: its log is kept in {@code target/NAME.log}.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    /** A bound on the start, not a measure: the first instance also migrates the database. */
    private static final long READY_SECONDS = 120;

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the packaged application with this configuration (as system properties) and waits until it is ready. */
    public static PackagedApp start(String name, Map<String, String> config) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: integration tests run after `package`");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(List.of("-jar", JAR.toString()));
        Path log = Path.of("target", name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PackagedApp app = new PackagedApp(name, process, port, log);
        app.awaitReady();
        return app;
    }

    /** The GraphQL endpoint, {@code http://127.0.0.1:PORT/graphql}. */
    public URI graphql() {
        return URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    /** The value of a metric without labels at {@code /q/metrics} (Prometheus' text format); fails when absent. */
    public double metric(String metric) {
        String text = given().baseUri("http://127.0.0.1:" + port).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(metric) + " (\\S+)$").matcher(text);
        if (!value.find()) {
            throw new AssertionError(name + " has no metric " + metric);
        }
        return Double.parseDouble(value.group(1));
    }

    /** Waits until the metric has this value: what happens in another process has no answer to wait on. */
    public void awaitMetric(String metric, double expected) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (metric(metric) != expected && System.nanoTime() < until) {
            pause(20);
        }
        if (metric(metric) != expected) {
            throw new AssertionError(name + ": " + metric + " is " + metric(metric) + ", not " + expected);
        }
    }

    private void awaitReady() throws IOException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (given().baseUri("http://127.0.0.1:" + port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // Not listening yet.
            }
            pause(250);
        }
        close();
        throw new IllegalStateException(name + " not ready after " + READY_SECONDS + " s:\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
