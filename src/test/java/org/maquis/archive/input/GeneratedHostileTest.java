package org.maquis.archive.input;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Answers;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Calls;
import org.maquis.archive.support.Checksums;
import org.maquis.archive.support.HostileCursors;
import org.maquis.archive.support.LogCapture;
import org.maquis.archive.support.LoreIds;
import org.maquis.archive.support.LoreInputs;
import org.maquis.archive.support.RawHttp;
import org.maquis.archive.support.SchemaProbes.Probe;
import org.maquis.archive.support.SchemaProbes;
import org.maquis.archive.support.Shapes;
import org.maquis.archive.support.Snapshot;

/**
 * The hostile classes, generated from the served schema (support/SchemaProbes, support/HostileCursors, one seed): NUL,
 * lone surrogates, text over its maximum and over the body limit, dates beyond the archive's years and malformed, numbers
 * at and beyond 32 bits, ids of nothing, values of the wrong kind, in every argument and input field of every root field,
 * as literals and as variables, with and without a token; crafted cursors of every order. Every answer is clean (no 5xx,
 * no INTERNAL, no Java, stack or SQL, every error a code of README's table), every mutation an archivist sends so is
 * refused, nothing changes, and the server logs no ERROR all the while. Failures are written, grouped by class, to
 * target/generated-hostile-failures.txt.
 */
@QuarkusTest
class GeneratedHostileTest {

    private static final long SEED = 20260424L;
    /** The orders of the connections (graph/Order's names, and search's), each of which must get crafted cursors. */
    private static final List<String> ORDERS = List.of("article", "name", "name-desc", "newest", "participant-timeline", "search",
            "sort-date", "timeline", "timeline-desc");

    /** Of the mutations' probes, the share sent again without a token or without the role (all go with an archivist's). */
    private static final double OTHERS_SHARE = 0.2;
    private static final Duration BOUND = Duration.ofSeconds(10);

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Inject
    AgroalDataSource database;

    private Shapes shapes;
    private RawHttp http;

    @BeforeEach
    void readTheSchema() {
        shapes = Shapes.read();
        http = new RawHttp(endpoint, BOUND);
    }

    @Test
    void hostileValuesEverywhereAreRefusedCleanlyAndLogNoError() throws Exception {
        Snapshot.fromTheLore(database, this::run);
    }

    private void run() throws Exception {
        landOneChange();
        List<Probe> probes = new ArrayList<>(new SchemaProbes(shapes, SEED, LoreIds.versions(database)).probes(OTHERS_SHARE));
        List<String> noCursor = new ArrayList<>();
        Set<String> orders = new TreeSet<>();
        probes.addAll(new HostileCursors(shapes, SEED).probes(this::read, noCursor, orders));
        Map<String, String> before = Checksums.of(database);
        Map<String, List<String>> failures = new TreeMap<>();
        long started = System.nanoTime();
        List<LogCapture.Line> errors;
        try (LogCapture log = LogCapture.start()) {
            long changes = Checksums.changes(database);
            for (Probe probe : probes) {
                HttpResponse<String> answer = post(probe.call().body(), probe.caller());
                String problem = problem(probe, answer);
                if (probe.mutation()) {
                    long now = Checksums.changes(database);
                    problem = now != changes && problem == null ? "changed rows (history grew)" : problem;
                    changes = now;
                }
                if (problem != null) {
                    failures.computeIfAbsent(problem + " <- " + probe.label(), k -> new ArrayList<>())
                            .add(probe + "\n      HTTP " + answer.statusCode() + ": " + abbreviate(answer.body()));
                }
            }
            errors = log.atLeast(Level.SEVERE);
        }
        report(probes, failures, noCursor, orders, errors, (System.nanoTime() - started) / 1_000_000_000);
        Map<String, String> after = Checksums.of(database);
        assertAll(
                () -> assertTrue(probes.size() >= 1000, "a load of at least a thousand requests: " + probes.size()),
                () -> assertTrue(orders.containsAll(ORDERS), "cursors crafted of every order: " + orders),
                () -> assertEquals(List.of(), new ArrayList<>(failures.keySet()), "classes of failure (target/generated-hostile-failures.txt)"),
                () -> assertEquals(List.of(), errors.stream().map(LogCapture.Line::toString).limit(20).toList(), "ERROR lines in the log"),
                () -> assertEquals(before, after, "rows changed"));
    }

    /** One change through the API, so that history has a row and its cursors can be crafted too (the snapshot undoes it). */
    private void landOneChange() {
        Shapes.Field update = shapes.mutations().stream().filter(m -> m.name().equals("updatePerson")).findFirst().orElseThrow();
        JsonObject answer = new Calls(shapes).call("mutation", update, new LoreInputs(shapes, LoreIds.versions(database)).args(update), true).post(Archivist.token());
        assertEquals(List.of(), answer.getJsonObject("data").getJsonObject("updatePerson").getJsonArray("userErrors").getList(), answer.encode());
    }

    /** A body in UTF-8, said or not, is read; in any other charset, known or not, it is HTTP 415 with a GraphQL error. */
    @Test
    void everyCharsetButUtf8IsUnsupportedMediaType() throws Exception {
        String body = "{\"query\": \"{ faction(slug: \\\"maquis\\\") { name } }\"}";
        List<String> failures = new ArrayList<>();
        List<LogCapture.Line> errors;
        try (LogCapture log = LogCapture.start()) {
            for (String type : List.of("application/json", "application/json; charset=utf-8", "application/json; charset=UTF-8",
                    "application/json; charset=\"UTF-8\"", "application/json;charset=utf-8")) {
                HttpResponse<String> answer = http.post(body.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", type));
                if (answer.statusCode() != 200 || !answer.body().equals("{\"data\":{\"faction\":{\"name\":\"Maquis\"}}}")) {
                    failures.add(type + ": not read: HTTP " + answer.statusCode() + " " + abbreviate(answer.body()));
                }
            }
            for (String charset : List.of("utf-16", "utf-16le", "latin1", "iso-8859-1", "windows-1252", "us-ascii", "bogus", "\"bogus\"")) {
                String name = charset.replace("\"", "");
                byte[] bytes = body.getBytes(Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8);
                HttpResponse<String> answer = http.post(bytes, Map.of("Content-Type", "application/json; charset=" + charset));
                String problem = answer.statusCode() != 415 ? "HTTP " + answer.statusCode() + ", not 415" : Answers.problem(415, answer.body());
                if (problem == null && !answer.body().contains("\"errors\"")) {
                    problem = "no GraphQL error";
                }
                if (problem != null) {
                    failures.add("charset=" + charset + ": " + problem + ": " + abbreviate(answer.body()));
                }
            }
            errors = log.atLeast(Level.SEVERE);
        }
        assertAll(() -> assertEquals(List.of(), failures),
                () -> assertEquals(List.of(), errors.stream().map(LogCapture.Line::toString).toList(), "ERROR lines in the log"));
    }

    /** Dates at a bound that a rule of the lore refuses all the same, by the rule's name. */
    private static final Map<String, String> BOUND_AGAINST_A_RULE = Map.of(
            // The new leadership closes the open one, which began in 2383: it cannot end in -4000.
            "appointCellLeader input.from.earliest", "cell_leader_to_in_order");

    /** Dates exactly at the archive's bounds are valid: in every date of every mutation, each lands, then the lore is put back. */
    @Test
    void datesAtTheBoundsLand() throws Exception {
        Snapshot.fromTheLore(database, this::landDatesAtTheBounds);
    }

    private void landDatesAtTheBounds() throws Exception {
        Map<String, String> before = Checksums.of(database);
        long changes = Checksums.changes(database);
        List<String> failures = new ArrayList<>();
        List<Probe> probes = new SchemaProbes(shapes, SEED, LoreIds.versions(database)).datesAtTheBounds();
        try (Snapshot snapshot = Snapshot.take(database)) {
            for (Probe probe : probes) {
                HttpResponse<String> answer = post(probe.call().body(), probe.caller());
                String problem = Answers.problem(answer.statusCode(), answer.body());
                String rule = BOUND_AGAINST_A_RULE.get(probe.root() + " " + probe.slot());
                if (rule != null) {
                    problem = problem != null || answer.body().contains("`" + rule + "`") ? problem : "not refused by " + rule;
                } else if (problem == null && Answers.refused(json(answer), probe.root())) {
                    problem = "refused";
                } else if (problem == null && Checksums.changes(database) == changes) {
                    problem = "answered as if it landed, but history recorded no change";
                }
                if (problem != null) {
                    failures.add(problem + ": " + probe + "\n      " + abbreviate(answer.body()));
                }
                snapshot.restore();
            }
        }
        assertTrue(probes.size() > 20, "dates of the mutations: " + probes.size());
        assertEquals(List.of(), failures);
        assertEquals(before, Checksums.of(database), "the lore was put back");
    }

    private static String problem(Probe probe, HttpResponse<String> answer) {
        String problem = Answers.problem(answer.statusCode(), answer.body());
        if (problem == null && probe.mustBeRefused() && answer.statusCode() == 200 && !Answers.refused(json(answer), probe.root())) {
            return "an archivist's mutation with a hostile value was not refused";
        }
        return problem;
    }

    private HttpResponse<String> post(byte[] body, SchemaProbes.Caller caller) throws IOException, InterruptedException {
        String token = caller == null || caller == SchemaProbes.Caller.NONE ? null
                : caller == SchemaProbes.Caller.READER ? Archivist.token("reader", "reader") : Archivist.token();
        Map<String, String> headers = token == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token);
        return http.post(body, headers);
    }

    /** The answer to a call sent without a token. */
    private JsonObject read(Calls.Call call) {
        try {
            return json(post(call.body(), null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> answer) {
        try {
            return new JsonObject(answer.body());
        } catch (RuntimeException e) {
            return new JsonObject();
        }
    }

    /** The failures, by class, with every request and answer, for the lead; and a summary on the console. */
    private static void report(List<Probe> probes, Map<String, List<String>> failures, List<String> noCursor, Set<String> orders,
            List<LogCapture.Line> errors, long seconds) throws IOException {
        StringBuilder text = new StringBuilder();
        failures.forEach((kind, cases) -> {
            text.append(kind).append(" (").append(cases.size()).append(")\n");
            cases.forEach(c -> text.append("    ").append(c).append('\n'));
        });
        errors.forEach(e -> text.append("ERROR logged: ").append(e).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/generated-hostile-failures.txt"), text);
        long mutations = probes.stream().filter(Probe::mustBeRefused).count();
        System.out.printf("[generated hostile] %d requests (%d mutations by an archivist) in %d s, %d classes of failure, %d failing, "
                + "%d ERROR lines; cursors crafted of %s; connections with no cursor to craft from: %s%n", probes.size(), mutations,
                seconds, failures.size(), failures.values().stream().mapToInt(List::size).sum(), errors.size(), orders, noCursor);
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
