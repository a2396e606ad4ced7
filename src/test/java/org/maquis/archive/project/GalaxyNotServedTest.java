package org.maquis.archive.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.maquis.archive.galaxy.Galaxy;
import org.maquis.archive.lore.Entry;

/**
 * The galaxy generator is test code: the tests and src/bench/galaxy.sh run it from the test classes, and the served
 * application, whose jar is packaged from the main classes (target/classes), holds none of it.
 */
class GalaxyNotServedTest {

    private static final Path MAIN = Path.of("target/classes");
    private static final Path TEST = Path.of("target/test-classes");

    @Test
    void theMainClassesHoldNoGalaxyClass() throws IOException {
        assertTrue(Files.isRegularFile(MAIN.resolve(classFile(Entry.class))), "the main classes are in " + MAIN);
        assertTrue(Files.isRegularFile(TEST.resolve(classFile(Galaxy.class))), "the generator is in " + TEST);
        Path galaxy = MAIN.resolve(Galaxy.class.getPackageName().replace('.', '/'));
        List<String> found = List.of();
        if (Files.exists(galaxy)) {
            try (Stream<Path> files = Files.walk(galaxy)) {
                found = files.filter(Files::isRegularFile).map(Path::toString).toList();
            }
        }
        // A build from before the generator moved to the test sources leaves its classes behind: `./mvnw clean`.
        assertEquals(List.of(), found, "galaxy classes among the main classes, which the served jar is packaged from");
    }

    private static String classFile(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }
}
