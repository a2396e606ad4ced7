package org.maquis.archive.support;

import org.maquis.archive.galaxy.Galaxy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * An archivist for tests: bearer tokens signed with the development key (src/dev/, as src/dev/token.sh mints
 * them), tokens that must be refused, operations posted with a token, and the cleanup of what tests wrote.
 */
public final class Archivist {

    public static final String ISSUER = "maquis-archive-dev";
    private static final Path DEVELOPMENT_KEY = Path.of("src/dev/archivist-dev-private.pem");

    private Archivist() {
    }

    /** A valid token of {@code name} with these groups (roles). */
    public static String token(String name, String... groups) {
        return Jwt.issuer(ISSUER).upn(name).groups(Set.of(groups)).expiresIn(Duration.ofMinutes(5)).sign(developmentKey());
    }

    /** A token of the archivist role. */
    public static String token() {
        return token("test-archivist", "archivist");
    }

    /** An archivist's token that expired an hour ago. */
    public static String expired() {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        return Jwt.issuer(ISSUER).upn("late-archivist").groups("archivist").issuedAt(hourAgo.minusSeconds(60))
                .expiresAt(hourAgo).sign(developmentKey());
    }

    /** An archivist's token issued at {@code issuedAt} that expires at {@code expiresAt}. */
    public static String issued(Instant issuedAt, Instant expiresAt) {
        return Jwt.issuer(ISSUER).upn("timely-archivist").groups("archivist").issuedAt(issuedAt).expiresAt(expiresAt)
                .sign(developmentKey());
    }

    /**
     * An archivist's token that expires in five minutes and does not say when it was issued. (smallrye-jwt-build
     * always adds `iat`, so this one is signed as {@link #signed} signs.)
     */
    public static String withoutIssuedAt() {
        return signed(Json.createObjectBuilder().add("iss", ISSUER).add("upn", "ageless-archivist")
                .add("groups", Json.createArrayBuilder().add("archivist"))
                .add("exp", Instant.now().plusSeconds(300).getEpochSecond()).build());
    }

    /** These claims exactly, signed with the development key by jose4j (which smallrye-jwt is built on). */
    public static String signed(JsonObject claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toString());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        jws.setKey(developmentKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An archivist's token signed with some other key. */
    public static String forged() {
        try {
            return Jwt.issuer(ISSUER).upn("forger").groups("archivist").expiresIn(Duration.ofMinutes(5))
                    .sign(KeyUtils.generateKeyPair(2048).getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An archivist's token from another issuer, signed with the right key. */
    public static String foreignIssuer() {
        return Jwt.issuer("someone-else").upn("stranger").groups("archivist").expiresIn(Duration.ofMinutes(5))
                .sign(developmentKey());
    }

    /** Runs a kept operation (graphql/NAME.graphql) with {@code Authorization: Bearer token}; null sends none. */
    public static ValidatableResponse run(String token, String operation, Map<String, ?> variables) {
        var request = given().contentType(ContentType.JSON);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.body(Map.of("query", GraphQL.read("graphql/" + operation + ".graphql"), "variables", variables))
                .when().post("/graphql").then();
    }

    /** Runs a kept operation as the test archivist. */
    public static ValidatableResponse run(String operation, Map<String, ?> variables) {
        return run(token(), operation, variables);
    }

    /** Deletes every row written through the API (ids from 1,000,000 below the galaxy's) and all history, in the
     * galaxy's order of the tables (children before parents). */
    public static void forgetEdits(DataSource database) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set local maquis.history = 'off'");
            s.execute("update person set killed_in_id = null where killed_in_id between 1000000 and 9999999");
            s.execute("update ship set renamed_to_id = null where renamed_to_id between 1000000 and 9999999");
            for (String table : Galaxy.tablesChildrenFirst()) {
                s.execute("delete from " + table + " where id between 1000000 and 9999999");
            }
            s.execute("delete from change");
            c.commit();
        }
    }

    private static PrivateKey developmentKey() {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(DEVELOPMENT_KEY));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the development key " + DEVELOPMENT_KEY.toAbsolutePath(), e);
        }
    }
}
