package org.maquis.archive.graph;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may change the archive: the holder of a bearer token (a JWT that Quarkus verifies against the configured
 * public key and issuer) with the {@value #ROLE} role in its `groups`. Reads need no token.
 *
 * <p>Authentication is not proactive (application.properties): reads never look at the token, and a mutation
 * verifies it here, so a bad token fails only mutations, as a GraphQL error: {@code UNAUTHENTICATED} without a
 * valid token, {@code FORBIDDEN} without the role.
 */
@ApplicationScoped
public class Archivists {

    public static final String ROLE = "archivist";
    private static final String BEARER = "Bearer ";
    /** The public key that the archive ships for local use; its private half is in src/dev/. */
    static final String DEVELOPMENT_KEY = "dev/archivist-dev-public.pem";

    private final JWTParser tokens;
    private final CurrentVertxRequest request;

    public Archivists(JWTParser tokens, CurrentVertxRequest request) {
        this.tokens = tokens;
        this.request = request;
    }

    /**
     * The name of the archivist making this request (the token's `upn`, else `sub`), or UNAUTHENTICATED or
     * FORBIDDEN. The token is verified by smallrye-jwt's parser with the configured key and issuer.
     */
    public Uni<String> current() {
        return Uni.createFrom().item(() -> archivist(request.getCurrent().request().getHeader("Authorization")));
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
            throw new Unauthenticated("The bearer token is not valid: it must be signed with the archive's key, by its issuer, "
                    + "and not expired.");
        }
        String name = token.getName() == null ? "unnamed" : token.getName();
        if (token.getGroups() == null || !token.getGroups().contains(ROLE)) {
            throw new Forbidden("`" + name + "` may read the archive but not change it: that needs the archivist role.");
        }
        return name;
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
