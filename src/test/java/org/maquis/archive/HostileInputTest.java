package org.maquis.archive;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Hostile;
import org.maquis.archive.support.HostileValues;

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
    /** What a server-side failure leaves in an answer; the client's own text (HostileValues.SYNTAX) is taken out first. */
    private static final Pattern LEAK = Pattern.compile(String.join("|",
            "Exception", "\\tat ", "\\.java:\\d", "\\$\\$", "Caused by",
            "\\b(java|javax|jakarta|sun|io\\.(vertx|smallrye|quarkus|netty|agroal)|org\\.(maquis|hibernate|postgresql|jboss|eclipse)|graphql\\.(execution|schema|language))\\.[a-z]",
            "SQLSTATE", "syntax error at or near", "ERROR:", "\\bselect\\b.{0,200}\\bfrom\\b", "\\binsert into\\b", "\\bdelete from\\b",
            "\\bupdate \\w+ set\\b", "pg_catalog", "relation \"", "violates", "tsquery", "\\bwhere\\b.{0,80}\\$\\d"),
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Longest first, so that a payload is taken out whole before a shorter one inside it. */
    private static final List<String> ECHOES = HostileValues.SYNTAX.stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Inject
    AgroalDataSource database;

    @Test
    void hostileRequestsGetCleanBoundedAnswersAndChangeNothing() throws Exception {
        Map<String, String> before = checksums();
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
        assertEquals(before, checksums(), "rows changed");
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

    /** What is wrong with this answer, or null. */
    static String problem(HttpResponse<String> response, long millis) {
        if (response.statusCode() >= 500) {
            return "HTTP " + response.statusCode();
        }
        if (millis > BOUND.toMillis()) {
            return "answered in " + millis + " ms";
        }
        String body = response.body();
        for (String echo : ECHOES) {
            body = body.replace(echo, "").replace(jsonText(echo), "");
        }
        if (LEAK.matcher(body).find()) {
            return "a leak (" + LEAK.matcher(body).results().findFirst().map(m -> m.group()).orElse("") + ")";
        }
        if (body.contains("\"INTERNAL\"") || body.contains("System error")) {
            return "a server failure";
        }
        // 414: a request line over the HTTP server's limit, refused before any check (README, Errors).
        if (response.statusCode() != 414 && !isGraphqlAnswer(response.body())) {
            return "not a GraphQL answer";
        }
        return null;
    }

    private static boolean isGraphqlAnswer(String body) {
        try {
            JsonObject json = new JsonObject(body);
            return json.containsKey("data") || json.getValue("errors") instanceof JsonArray errors
                    && errors.getJsonObject(0).getJsonObject("extensions").getString("code") != null;
        } catch (RuntimeException e) {
            return false;
        }
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

    /** Each table's row count and the MD5 of all its rows, by table. */
    private Map<String, String> checksums() throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("select count(*) || ' ' || md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                        + " from \"" + table + "\" t")) {
                    r.next();
                    sums.put(table, r.getString(1));
                }
            }
        }
        assertTrue(sums.size() > 20, "tables: " + sums.keySet());
        return sums;
    }

    private static String jsonText(String text) {
        String encoded = new JsonArray().add(text).encode();
        return encoded.substring(2, encoded.length() - 2);
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
