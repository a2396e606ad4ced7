package org.maquis.archive.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Editing;
import org.maquis.archive.support.GraphQL;

/**
 * The times of a token: it must say when it was issued, not be issued in the future beyond the clock skew (60 s),
 * and live at most the maximum age (24 h, MAQUIS_JWT_MAX_AGE) from `iat` to `exp`; `exp` stays required. Refused
 * tokens change nothing and are told what is wrong with them; tokens just inside both bounds are taken.
 */
@QuarkusTest
class TokensTest {

    static final Duration SKEW = Duration.ofSeconds(60);
    static final Duration MAX_AGE = Duration.ofHours(24);

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> tomalak() {
        return Editing.tomalak();
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        Instant now = Instant.now();
        for (Duration ahead : new Duration[] {Duration.ofHours(1), Duration.ofDays(365), SKEW.plusSeconds(60)}) {
            Instant issued = now.plus(ahead);
            refused(Archivist.issued(issued, issued.plusSeconds(300)), "issued in the future");
        }
        nothingChanged();
    }

    @Test
    void aTokenThatLivesLongerThanTheMaximumAgeIsRefused() {
        Instant now = Instant.now();
        refused(Archivist.issued(now, now.plus(Duration.ofDays(36_525))), "at most 24 h");
        refused(Archivist.issued(now.minusSeconds(10), now.minusSeconds(10).plus(MAX_AGE).plusSeconds(1)), "at most 24 h");
        nothingChanged();
    }

    /**
     * Without `iat` a token cannot prove its age: refused. smallrye-jwt refuses it itself, so the message is the one any
     * invalid token gets, which names `iat`.
     */
    @Test
    void aTokenThatDoesNotSayWhenItWasIssuedIsRefused() {
        refused(Archivist.withoutIssuedAt(), "say when it was issued (`iat`)");
        nothingChanged();
    }

    @Test
    void aTokenWithoutExpiryIsStillRefused() {
        long now = Instant.now().getEpochSecond();
        String token = Archivist.signed(Json.createObjectBuilder().add("iss", Archivist.ISSUER).add("upn", "eternal")
                .add("groups", Json.createArrayBuilder().add("archivist")).add("iat", now).build());
        refused(token, "not valid");
        nothingChanged();
    }

    @Test
    void aTokenJustInsideTheSkewAndTheMaximumAgeIsTaken() {
        Instant issued = Instant.now().plus(SKEW).minusSeconds(15);
        Archivist.run(Archivist.issued(issued, issued.plus(MAX_AGE)), "editing/create-person", tomalak()).statusCode(200)
                .body("errors", nullValue())
                .body("data.createPerson.userErrors.size()", equalTo(0))
                .body("data.createPerson.person.slug", equalTo("tomalak-of-rator"));
        GraphQL.run("editing/person-history", Map.of("slug", "tomalak-of-rator")).statusCode(200)
                .body("errors", nullValue())
                .body("data.person.history.nodes[0].actor", equalTo("timely-archivist"));
    }

    private static void refused(String token, String why) {
        Archivist.run(token, "editing/create-person", tomalak()).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString(why))
                .body("errors[0].message", not(containsString("Exception")))
                .body("errors[0].message", not(containsString("SRJWT")));
    }

    private static void nothingChanged() {
        GraphQL.run("editing/person", Map.of("slug", "tomalak-of-rator")).statusCode(200)
                .body("errors", nullValue())
                .body("data", hasKey("person"))
                .body("data.person", nullValue());
    }
}
