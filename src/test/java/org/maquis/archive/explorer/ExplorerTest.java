package org.maquis.archive.explorer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.GraphQL;

/**
 * The GraphiQL explorer at /q/graphql-ui/ is our page over SmallRye's GraphiQL bundle (ExplorerPage). In headless
 * Chromium, src/test/explorer/check-explorer.mjs proves it renders completely with no internet (every request that
 * leaves the machine is a failure), opens on README's first query with the Docs panel open, runs a query with an
 * Authorization header typed into Headers, and keeps that header out of every URL, Referer and browser storage; it
 * screenshots the page (target/explorer.png). .ci/browser.sh installs Chromium and playwright-core.
 */
@QuarkusTest
class ExplorerTest {

    private static final Pattern FIRST_QUERY = Pattern.compile("(?ms)^## A first query\n.*?^```graphql\n(.*?)^```");

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource database;

    @Test
    void rendersOfflineOpensOnTheFirstQueryAndKeepsHeadersSecret() throws IOException, InterruptedException {
        Path explorer = Path.of("src", "test", "explorer");
        assertTrue(Files.isDirectory(explorer.resolve("node_modules").resolve("playwright-core")),
                "playwright-core is not installed: run .ci/browser.sh first");
        String origin = base.toString().replaceAll("/$", "");
        Process check = new ProcessBuilder("node", "check-explorer.mjs", origin,
                Path.of("target", "explorer.png").toAbsolutePath().toString(), "{ people(first: 2) { totalCount } }")
                .directory(explorer.toFile()).inheritIO().start();
        assertTrue(check.waitFor(120, TimeUnit.SECONDS), "the explorer check did not finish in 120 s");
        assertEquals(0, check.exitValue(), "the explorer check failed; see its output above");
    }

    /**
     * A subscription run from the explorer streams over a WebSocket: src/test/explorer/check-subscription.mjs runs one
     * in headless Chromium, creates a species with an archivist's token, and finds the change in the result pane.
     */
    @Test
    void runsASubscription() throws IOException, InterruptedException, SQLException {
        try {
            // Its output is kept in a file and put in the failure's message: surefire does not show a child's output.
            Path output = Path.of("target", "explorer-subscription.txt").toAbsolutePath();
            Process check = new ProcessBuilder("node", "check-subscription.mjs", base.toString().replaceAll("/$", ""),
                    Archivist.token()).directory(Path.of("src", "test", "explorer").toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            assertTrue(check.waitFor(120, TimeUnit.SECONDS), "the subscription check did not finish in 120 s");
            assertEquals(0, check.exitValue(), "the subscription check failed: " + Files.readString(output));
        } finally {
            Archivist.forgetEdits(database);
        }
    }

    /** The page's first query is a resource of the application; README's block is its other copy, kept equal here. */
    @Test
    void theFirstQueryIsReadmesAndAnswersWithoutErrors() throws IOException {
        Matcher block = FIRST_QUERY.matcher(Files.readString(Path.of("README.md")));
        assertTrue(block.find(), "README.md has a graphql block under \"## A first query\"");
        String served = given().get("/q/graphql-ui/first-query.graphql").then().statusCode(200)
                .header("Content-Type", containsString("text/plain")).extract().asString();
        assertEquals(block.group(1), served,
                "src/main/resources/explorer/first-query.graphql differs from README's first query: make them equal");

        GraphQL.post(Map.of("query", served)).statusCode(200)
                .body("errors", equalTo(null))
                .body("data.faction.name", equalTo("Maquis"))
                .body("data.events.edges.size()", equalTo(5))
                .body("data.search.nodes.size()", equalTo(3));
    }

    /** Ours, not SmallRye's: no script that writes the editors into the URL, no Referer, never cached. */
    @Test
    void thePageIsOursAndSendsNoReferrer() {
        for (String path : new String[] {"/q/graphql-ui/", "/q/graphql-ui/index.html"}) {
            given().redirects().follow(false).get(path).then().statusCode(200)
                    .header("Content-Type", containsString("text/html"))
                    .header("Referrer-Policy", "no-referrer")
                    .header("Cache-Control", "no-cache")
                    .body(containsString("<meta name=\"referrer\" content=\"no-referrer\">"))
                    .body(containsString("<script src=\"graphiql.min.js\"></script>"))
                    .body(containsString("<script src=\"explorer.js\"></script>"))
                    .body(not(containsString("render.js")));
        }
        given().get("/q/graphql-ui/explorer.js").then().statusCode(200)
                .header("Content-Type", containsString("text/javascript"))
                .body(containsString("shouldPersistHeaders: false"))
                .body(not(containsString("history.replaceState")));
    }
}
