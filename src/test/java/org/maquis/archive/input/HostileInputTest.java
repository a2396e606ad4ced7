package org.maquis.archive.input;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Answers;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Checksums;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Hostile;

/**
 * Thousands of hostile requests (support/Hostile, a fixed seed) against the server: none may get a 5xx, an INTERNAL
 * error or a leak (a stack trace, a Java class name, SQL), each is answered within a bound, and afterwards the server
 * still answers a known query exactly and no row of any table has changed.
 */
@QuarkusTest
class HostileInputTest {

    private static final long SEED = 20261125L;
    private static final int REQUESTS = 4_000;
    private static final Duration BOUND = Duration.ofSeconds(5);
    @TestHTTPResource("/graphql")
    URL endpoint;

    @Inject
    AgroalDataSource database;

    @Test
    void hostileRequestsGetCleanBoundedAnswersAndChangeNothing() throws Exception {
        Map<String, String> before = Checksums.of(database);
        Hostile hostile = new Hostile(SEED, operations(), badTokens());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(BOUND).build();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> kinds = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long slowest = 0;
        int refusedMutations = 0;
        for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
            Hostile.Request request = hostile.next();
            kinds.merge(request.kind().replaceAll(" for .*|, token .*", ""), 1, Integer::sum);
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = send(http, request);
            } catch (HttpTimeoutException e) {
                failures.add("no answer within " + BOUND + " to #" + i + " " + request);
                continue;
            } catch (IOException e) {
                failures.add("no answer (" + e.getMessage() + ") to #" + i + " " + request);
                continue;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            slowest = Math.max(slowest, millis);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.body().contains("\"UNAUTHENTICATED\"") || response.body().contains("\"FORBIDDEN\"")) {
                refusedMutations++;
            }
            String problem = problem(response, millis);
            if (problem != null) {
                failures.add(problem + " (HTTP " + response.statusCode() + ") for #" + i + " " + request + "\n    answer: " + abbreviate(response.body()));
            }
        }
        System.out.printf("[hostile] %d requests, kinds %s, statuses %s, slowest %d ms, mutations refused for their token %d%n",
                REQUESTS, kinds, statuses, slowest, refusedMutations);
        assertEquals(List.of(), failures);
        assertTrue(refusedMutations > 100, "mutations reach the token check: " + refusedMutations);
        assertTrue(statuses.keySet().stream().anyMatch(s -> s == 200) && statuses.keySet().stream().anyMatch(s -> s == 400),
                "the requests reach both the checks and execution: " + statuses);

        GraphQL.expect("person/marlena-moreau", Map.of("slug", "marlena-moreau"));
        assertEquals(before, Checksums.of(database), "rows changed");
    }

    /** What the fuzz found, kept as plain cases: an Int beyond 32 bits was a "System error" when the resolver ran. */
    @Test
    void anIntBeyond32BitsIsBadUserInputBeforeAnythingRuns() {
        for (String query : List.of("{ people(first: 2147483648) { totalCount } }",
                "{ events(filter: {fromYear: -2147483649}) { totalCount } }")) {
            GraphQL.post(Map.of("query", query)).statusCode(200).body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
        GraphQL.post(Map.of("query", "query($n: Int) { people(first: $n) { totalCount } }", "variables", Map.of("n", 1e100)))
                .statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("`$n`"));
    }

    /** And a year beyond PostgreSQL's dates failed the statement (java.time first). */
    @Test
    void aYearBeyondTheArchivesRangeIsBadUserInput() {
        for (int year : new int[] {2147483647, -2147483647, 100000, -4001}) {
            GraphQL.post(Map.of("query", "{ events(filter: {fromYear: " + year + "}) { totalCount nodes { slug } } }")).statusCode(200)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", equalTo("A year must be from -4000 to 99999, was " + year + "."));
        }
        // At the edges the timeline's window (which steps back from the year) still answers: nothing of the article is
        // dated there, but the two events it leaves open at the start ("by 2296") can have happened in -4000.
        Map<String, List<String>> edges = Map.of("fromYear: 99999, toYear: -4000", List.of(), "fromYear: 99999", List.of(),
                "fromYear: -4000, toYear: -4000", List.of("alliance-of-the-terran-empire-and-the-klingon-empire",
                        "maquis-captures-of-imperial-starfleet-vessels"));
        edges.forEach((filter, slugs) -> GraphQL.post(Map.of("query", "{ events(filter: {" + filter + "}, orderBy: DATE_ASC)"
                + " { totalCount nodes { slug } } }")).statusCode(200)
                .body("errors", nullValue()).body("data.events.totalCount", equalTo(slugs.size()))
                .body("data.events.nodes.slug", equalTo(slugs)));
    }

    /**
     * The answer. A connection the server closed after its previous answer (a 414 closes it) may be found closed
     * only when reused: then the request goes once more, on a new connection, and must be answered then.
     */
    private HttpResponse<String> send(HttpClient http, Hostile.Request request) throws IOException, InterruptedException {
        try {
            return http.send(http(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            return http.send(http(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** What is wrong with this answer, or null: too slow, or not as every answer must be (support/Answers). */
    static String problem(HttpResponse<String> response, long millis) {
        if (millis > BOUND.toMillis()) {
            return "answered in " + millis + " ms";
        }
        return Answers.problem(response.statusCode(), response.body());
    }

    private HttpRequest http(Hostile.Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(BOUND);
        if (request.body() != null) {
            builder.uri(URI.create(endpoint.toString())).POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        } else {
            builder.uri(URI.create(endpoint + "?" + request.queryString())).GET();
        }
        request.headers().forEach(builder::header);
        return builder.build();
    }

    /** The texts of every operation the tests run. */
    private static List<String> operations() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/graphql"))) {
            List<String> operations = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
                operations.add(Files.readString(file));
            }
            return operations;
        }
    }

    private static Map<String, String> badTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("none", null);
        tokens.put("expired", "Bearer " + Archivist.expired());
        tokens.put("forged", "Bearer " + Archivist.forged());
        tokens.put("foreign issuer", "Bearer " + Archivist.foreignIssuer());
        tokens.put("without the role", "Bearer " + Archivist.token("reader", "reader"));
        tokens.put("malformed", "Bearer abc.def.ghi");
        tokens.put("empty", "Bearer ");
        tokens.put("another scheme", "Basic YXJjaGl2aXN0OmFyY2hpdmlzdA==");
        tokens.put("junk", "Bearer ' or 1=1 --");
        return tokens;
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
