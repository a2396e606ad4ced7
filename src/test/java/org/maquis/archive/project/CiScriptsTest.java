package org.maquis.archive.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The project's scripts wait for another apt-get instead of failing: on these machines CI and sessions install
 * packages at once, and an apt-get that finds the lock taken exits 100 at once (a `.ci/run` on a clean clone failed so).
 * Every apt-get a script runs goes through `.ci/apt-get.sh`, which waits for dpkg's lock (`DPkg::Lock::Timeout`) and,
 * since apt 2.6 has no option for it, for the package lists' lock of `apt-get update`. The wrapper is tried against an
 * apt of its own (APT_CONFIG: its own lists, dpkg state and no sources), whose locks this test holds.
 */
class CiScriptsTest {

    /** An apt-get run as a command: what is left of a line without its comment and quoted strings. */
    private static final Pattern RUNS_APT_GET = Pattern.compile("(^|[\\s;&|(])apt-get\\s");
    private static final Path APT = Path.of("target/apt-lock-test").toAbsolutePath();

    @Test
    void everyAptGetOfAScriptWaitsForTheLock() throws IOException, InterruptedException {
        List<String> runs = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (String file : RegistryHostsTest.trackedFiles()) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path) || !isScript(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String command = lines.get(i).replaceAll("\"[^\"]*\"|'[^']*'", "\"\"").replaceAll("(^|\\s)#.*", "");
                if (RUNS_APT_GET.matcher(command).find()) {
                    runs.add(file + ":" + (i + 1));
                    if (!lines.get(i).contains("-o DPkg::Lock::Timeout=")) {
                        failing.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), failing, "apt-get that would fail on a held lock: run it through .ci/apt-get.sh");
        assertEquals(2, runs.size(), "update and install: " + runs);
        assertTrue(runs.stream().allMatch(r -> r.startsWith(".ci/apt-get.sh:")), "apt-get runs only in the wrapper: " + runs);
        for (String script : List.of(".ci/browser.sh", ".ci/container-engine.sh", "src/bench/bench.sh")) {
            assertTrue(Files.readString(Path.of(script)).contains("apt-get.sh\" install"), script + " installs through the wrapper");
        }
    }

    @Test
    void updateWaitsWhileAnotherAptGetUpdates() throws Exception {
        Run run = whileHolding("lists/lock", "update");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.seconds() >= HOLD_SECONDS, "did not wait: " + run);
        assertTrue(run.output().contains("holds the package lists' lock; waiting"), run.output());
    }

    @Test
    void installWaitsWhileAnotherAptGetInstalls() throws Exception {
        Run run = whileHolding("dpkg/lock-frontend", "install", "maquis-no-such-package");
        // Past the lock, apt-get finds no such package: it waited instead of failing on the lock.
        assertTrue(run.seconds() >= HOLD_SECONDS, "did not wait: " + run);
        assertTrue(run.output().contains("Unable to locate package maquis-no-such-package"), run.output());
        assertFalse(run.output().contains("Could not get lock"), run.output());
    }

    static final int HOLD_SECONDS = 3;

    record Run(int exit, double seconds, String output) {
    }

    /** Runs `.ci/apt-get.sh ARGS` against the private apt while this JVM holds one of its locks for a few seconds. */
    private static Run whileHolding(String lock, String... args) throws Exception {
        Path config = privateApt();
        try (FileChannel channel = FileChannel.open(APT.resolve(lock), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            List<String> command = new ArrayList<>(List.of("bash", ".ci/apt-get.sh"));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("APT_CONFIG", config.toString());
            long start = System.nanoTime();
            Process process = builder.start();
            Thread.sleep(HOLD_SECONDS * 1000L);
            held.release();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "apt-get did not finish");
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Run(process.exitValue(), (System.nanoTime() - start) / 1e9, output);
        }
    }

    /** An apt of its own under target/: empty lists, an empty dpkg status, no sources; its configuration file. */
    private static Path privateApt() throws IOException {
        for (String dir : List.of("lists/partial", "cache/archives/partial", "dpkg", "sources.list.d")) {
            Files.createDirectories(APT.resolve(dir));
        }
        Files.writeString(APT.resolve("dpkg/status"), "");
        Files.writeString(APT.resolve("sources.list"), "");
        Path config = APT.resolve("apt.conf");
        Files.writeString(config, String.join("\n",
                "Dir::State::Lists \"" + APT.resolve("lists") + "\";",
                "Dir::State::status \"" + APT.resolve("dpkg/status") + "\";",
                "Dir::Cache \"" + APT.resolve("cache") + "\";",
                "Dir::Etc::sourcelist \"" + APT.resolve("sources.list") + "\";",
                "Dir::Etc::sourceparts \"" + APT.resolve("sources.list.d") + "\";", ""));
        return config;
    }

    private static boolean isScript(Path path) throws IOException {
        String name = path.getFileName().toString();
        if (name.endsWith(".sh")) {
            return true;
        }
        byte[] start = new byte[2];
        try (var in = Files.newInputStream(path)) {
            return in.read(start) == 2 && start[0] == '#' && start[1] == '!';
        }
    }
}
