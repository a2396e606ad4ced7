package org.maquis.archive.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * src/bench/bench.sh's before-and-after mode: BENCH_BEFORE names a git revision or a directory holding a packaged
 * API. A value that is neither stops the script at once, with exit 2 and one line naming it, before it installs,
 * loads, builds or starts anything (the script's only output is that line).
 */
class BenchBeforeTest {

    record Run(int exit, List<String> lines) {
    }

    @Test
    void aRevisionThatIsNotInTheRepositoryStopsTheBenchmark() throws Exception {
        Run run = bench("no-such-revision-h25");
        assertEquals(2, run.exit(), run.lines().toString());
        assertEquals(List.of("[bench] BENCH_BEFORE=no-such-revision-h25 is neither a directory holding quarkus-run.jar"
                + " nor a git revision of this repository"), run.lines());
    }

    @Test
    void aDirectoryWithoutThePackagedApiStopsTheBenchmark() throws Exception {
        Path empty = Files.createDirectories(Path.of("target/bench-before-empty").toAbsolutePath());
        Run run = bench(empty.toString());
        assertEquals(2, run.exit(), run.lines().toString());
        assertEquals(List.of("[bench] BENCH_BEFORE=" + empty + " holds no quarkus-run.jar (nor target/quarkus-app/quarkus-run.jar)"),
                run.lines());
    }

    /** Runs `src/bench/bench.sh --smoke` with BENCH_BEFORE=VALUE; its output and exit code. */
    private static Run bench(String value) throws IOException, InterruptedException {
        Path log = Files.createDirectories(Path.of("target")).resolve("bench-before-test.log");
        ProcessBuilder builder = new ProcessBuilder("bash", "src/bench/bench.sh", "--smoke").redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("BENCH_BEFORE", value);
        Process process = builder.start();
        boolean stopped = process.waitFor(60, TimeUnit.SECONDS);
        if (!stopped) {
            process.destroy();
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertTrue(stopped, "bench.sh went on: " + lines);
        return new Run(process.exitValue(), lines);
    }
}
