package org.maquis.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The GraphiQL explorer renders completely with no internet: src/test/explorer/check-explorer.mjs drives
 * headless Chromium over it, counts every request that leaves the machine as a failure, runs a query
 * and screenshots the page (target/explorer.png). .ci/browser.sh installs Chromium and playwright-core.
 */
@QuarkusTest
class ExplorerTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void rendersCompletelyOfflineAndRunsAQuery() throws IOException, InterruptedException {
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
}
