package org.maquis.archive.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The times of a verified token, at their bounds to the second (TokensTest sends such tokens to the API). */
class TokenTimesTest {

    static final long NOW = 2_000_000_000L;
    static final Duration DAY = Duration.ofHours(24);

    @Test
    void issuedUpToTheSkewAheadIsTakenASecondMoreIsNot() {
        assertNull(Archivists.timeProblem(NOW + 60, NOW + 600, NOW, DAY, 60));
        assertTrue(Archivists.timeProblem(NOW + 61, NOW + 600, NOW, DAY, 60).contains("issued in the future"));
    }

    @Test
    void aLifeOfTheMaximumAgeIsTakenASecondMoreIsNot() {
        assertNull(Archivists.timeProblem(NOW - 10, NOW - 10 + DAY.toSeconds(), NOW, DAY, 60));
        assertEquals("The bearer token lives too long: from `iat` to `exp` it may live at most 24 h.",
                Archivists.timeProblem(NOW - 10, NOW - 9 + DAY.toSeconds(), NOW, DAY, 60));
    }

    @Test
    void withoutIssuedAtNoAgeCanBeProved() {
        assertTrue(Archivists.timeProblem(null, NOW + 60, NOW, DAY, 60).contains("(`iat`)"));
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertEquals("24 h", Archivists.words(DAY));
        assertEquals("90 min", Archivists.words(Duration.ofMinutes(90)));
        assertEquals("45 s", Archivists.words(Duration.ofSeconds(45)));
    }
}
