package org.maquis.archive.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No tracked file names the host of a package registry: the machines reach the registries through their clients'
 * own configuration (.mvn/wrapper/repository-url.sh, the apt sources, npm's), and the project says none of them.
 */
class RegistryHostsTest {

    /** Written with escapes, so that this file does not name them either. */
    static final Pattern REGISTRY_HOST = Pattern.compile(String.join("|",
            "registry\\.npmjs", "npmjs\\.(org|com)", "registry\\.yarnpkg", "repo1?\\.maven", "maven\\.apache\\.org/maven2",
            "central\\.sonatype", "oss\\.sonatype", "plugins\\.gradle", "jcenter\\.", "(deb|security|snapshot)\\.debian",
            "archive\\.ubuntu", "deb\\.nodesource", "pypi\\.org", "files\\.pythonhosted", "proxy\\.golang", "crates\\.io"),
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTrackedFileNamesARegistryHost() throws IOException, InterruptedException {
        List<String> files = trackedFiles();
        assertTrue(files.contains("pom.xml") && files.size() > 50, "tracked files: " + files.size());
        List<String> found = new ArrayList<>();
        for (String file : files) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            String[] lines = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (REGISTRY_HOST.matcher(lines[i]).find()) {
                    found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void thePatternFindsWhatItLooksFor() {
        assertTrue(REGISTRY_HOST.matcher("https://registry." + "npm" + "js.org/graphql-http").find());
        assertTrue(REGISTRY_HOST.matcher("http://deb." + "deb" + "ian.org/debian").find());
        assertTrue(REGISTRY_HOST.matcher("https://repo." + "ma" + "ven.apache.org/maven2").find());
    }

    /** The files git tracks here (CiScriptsTest reads them too). */
    static List<String> trackedFiles() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files").redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(git.waitFor(60, TimeUnit.SECONDS) && git.exitValue() == 0, "git ls-files failed: " + out);
        return out.lines().toList();
    }
}
