package org.maquis.archive.security;

import org.maquis.archive.data.Edit;
import org.maquis.archive.data.Writes;
import org.maquis.archive.errors.UserError;

import org.maquis.archive.errors.Forbidden;
import org.maquis.archive.errors.Unauthenticated;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may change the archive: the holder of a bearer token (a JWT that Quarkus verifies against the configured
 * public key and issuer) with the {@value #ROLE} role in its `groups`. Reads need no token.
 *
 * <p>Authentication is not proactive (application.properties): reads never look at the token, and a mutation
 * verifies it here, so a bad token fails only mutations, as a GraphQL error: {@code UNAUTHENTICATED} without a
 * valid token, {@code FORBIDDEN} without the role.
 *
 * <p>smallrye-jwt checks the signature, the issuer, `exp` and that `iat` is there. The times it does not check are
 * checked here: `iat` not in the future beyond the clock skew that `exp` is given ({@code mp.jwt.verify.clock.skew}),
 * and a life from `iat` to `exp` of at most {@code maquis.jwt.max-age}, so that a leaked token, or one minted with a
 * wrong clock, is not good for years. (smallrye-jwt's own {@code smallrye.jwt.time-to-live} would check the
 * lifetime, but its refusal is the one a forged token gets, and it has no check of an `iat` in the future.)
 */
@ApplicationScoped
public class Archivists {

    public static final String ROLE = "archivist";
    private static final String BEARER = "Bearer ";
    /** The public key that the archive ships for local use; its private half is in src/dev/. */
    static final String DEVELOPMENT_KEY = "dev/archivist-dev-public.pem";

    private final JWTParser tokens;
    private final CurrentVertxRequest request;
    private final Duration maxAge;
    private final int clockSkew;

    public Archivists(JWTParser tokens, CurrentVertxRequest request,
            @ConfigProperty(name = "maquis.jwt.max-age") Duration maxAge,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") int clockSkew) {
        this.tokens = tokens;
        this.request = request;
        this.maxAge = maxAge;
        this.clockSkew = clockSkew;
    }

    /**
     * The name of the archivist making this request (the token's `upn`, else `sub`), or UNAUTHENTICATED or
     * FORBIDDEN. The token is verified by smallrye-jwt's parser with the configured key and issuer.
     */
    public Uni<String> current() {
        return Uni.createFrom().item(() -> archivist(request.getCurrent().request().getHeader("Authorization")));
    }

    /** The mutation {@code mutation} as the archivist of the request's token makes it; fails as {@link #current} does. */
    public Uni<Edit> edit(String mutation) {
        return current().map(archivist -> new Edit(archivist, mutation));
    }

    /**
     * Makes the mutation {@code mutation} for the archivist of the request's token: {@code operation} (a service's
     * transaction) runs for the edit, and {@code payload} makes the answer of its result and no user errors, or of
     * null and the user errors that refused it (see {@link Writes#payload}).
     */
    public <T, P> Uni<P> edit(String mutation, Function<Edit, Uni<T>> operation, BiFunction<T, List<UserError>, P> payload) {
        return edit(mutation).chain(edit -> Writes.payload(edit, () -> operation.apply(edit), payload));
    }

    /** The same, for a payload made by {@code changed} of the result, or by {@code refused} of the user errors. */
    public <T, P> Uni<P> edit(String mutation, Function<Edit, Uni<T>> operation, Function<T, P> changed,
            Function<List<UserError>, P> refused) {
        return edit(mutation).chain(edit -> Writes.payload(edit, () -> operation.apply(edit), changed, refused));
    }

    private String archivist(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new Unauthenticated("Changing the archive needs a bearer token with the archivist role "
                    + "(header `Authorization: Bearer <token>`).");
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new Unauthenticated("The `Authorization` header must read `Bearer <token>`.");
        }
        JsonWebToken token;
        try {
            token = tokens.parse(authorization.substring(BEARER.length()).strip());
        } catch (ParseException e) {
            // smallrye-jwt says why only in its log: a forged token is told no more than an expired one.
            throw new Unauthenticated("The bearer token is not valid: it must be signed with the archive's key, by its issuer, "
                    + "say when it was issued (`iat`) and when it expires (`exp`), and not be expired.");
        }
        Long issuedAt = token.containsClaim(Claims.iat.name()) ? token.getIssuedAtTime() : null;
        String late = timeProblem(issuedAt, token.getExpirationTime(), System.currentTimeMillis() / 1000, maxAge, clockSkew);
        if (late != null) {
            throw new Unauthenticated(late);
        }
        String name = token.getName() == null ? "unnamed" : token.getName();
        if (token.getGroups() == null || !token.getGroups().contains(ROLE)) {
            throw new Forbidden("`" + name + "` may read the archive but not change it: that needs the archivist role.");
        }
        return name;
    }

    /**
     * What is wrong with a verified token's times (seconds since the epoch), or null: no `iat`, an `iat` later than
     * {@code now} by more than the clock skew, or a lifetime (`exp` - `iat`) over the maximum age.
     */
    static String timeProblem(Long issuedAt, long expires, long now, Duration maxAge, int clockSkew) {
        // smallrye-jwt refuses a token without `iat` itself, unless `smallrye.jwt.time-to-live` is set to 0 or less.
        if (issuedAt == null) {
            return "The bearer token does not say when it was issued (`iat`): the archive takes only tokens whose "
                    + "lifetime it can check.";
        }
        if (issuedAt > now + clockSkew) {
            return "The bearer token was issued in the future (`iat` is later than the archive's clock by more than "
                    + clockSkew + " s): check the clock of the token's issuer.";
        }
        if (expires - issuedAt > maxAge.toSeconds()) {
            return "The bearer token lives too long: from `iat` to `exp` it may live at most " + words(maxAge) + ".";
        }
        return null;
    }

    /** A duration as people write it: 24 h, 90 min, 45 s. */
    static String words(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    /**
     * Outside dev and test mode, refuses to start with the development key (whose private half is public in
     * this repository) unless {@code MAQUIS_JWT_ALLOW_DEVELOPMENT_KEY=true} says that is meant.
     */
    void refuseTheDevelopmentKey(@Observes StartupEvent started,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> key,
            @ConfigProperty(name = "maquis.jwt.allow-development-key", defaultValue = "false") boolean allowed) {
        checkKey(LaunchMode.current(), key.orElse(""), allowed);
    }

    /** Throws when a packaged app would verify tokens with the development key and was not told that is meant. */
    static void checkKey(LaunchMode mode, String key, boolean allowed) {
        if (mode == LaunchMode.NORMAL && key.endsWith(DEVELOPMENT_KEY) && !allowed) {
            throw new IllegalStateException("Refusing to start: tokens would be verified with the development key, "
                    + "whose private half is in the repository. Set MAQUIS_JWT_PUBLIC_KEY and MAQUIS_JWT_ISSUER, "
                    + "or MAQUIS_JWT_ALLOW_DEVELOPMENT_KEY=true for a local run.");
        }
    }
}
