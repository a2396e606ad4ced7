package org.maquis.archive.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

/** The packaged app refuses the development key unless told it is meant; dev and test mode take it. */
class DevelopmentKeyTest {

    static final String DEVELOPMENT = "dev/archivist-dev-public.pem";

    @Test
    void aPackagedAppRefusesTheDevelopmentKey() {
        assertThrows(IllegalStateException.class, () -> Archivists.checkKey(LaunchMode.NORMAL, DEVELOPMENT, false));
    }

    @Test
    void itTakesItWhenToldOrOutsideProduction() {
        assertDoesNotThrow(() -> Archivists.checkKey(LaunchMode.NORMAL, DEVELOPMENT, true));
        assertDoesNotThrow(() -> Archivists.checkKey(LaunchMode.DEVELOPMENT, DEVELOPMENT, false));
        assertDoesNotThrow(() -> Archivists.checkKey(LaunchMode.TEST, DEVELOPMENT, false));
    }

    @Test
    void itTakesAKeyOfItsOwn() {
        assertDoesNotThrow(() -> Archivists.checkKey(LaunchMode.NORMAL, "file:/etc/maquis/archive-public.pem", false));
    }
}
