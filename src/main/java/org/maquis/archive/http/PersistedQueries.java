package org.maquis.archive.http;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Persisted queries, the protocol Apollo's clients speak (`extensions.persistedQuery {version: 1, sha256Hash}`):
 * a request may name its document by the SHA-256 of its text instead of sending it. A hash the server knows runs its
 * document; an unknown one is PERSISTED_QUERY_NOT_FOUND (message `PersistedQueryNotFound`), upon which the client sends
 * the text with the hash, which is checked (BAD_USER_INPUT when it is not the text's) and, once the document validates,
 * kept: bounded, least recently used out first.
 * <p>
 * With an {@link AllowList} (`MAQUIS_ALLOW_LIST`) only the listed documents run, sent as text or named by hash, and
 * anything else is PERSISTED_QUERY_NOT_ALLOWED; nothing is learnt from clients then.
 */
@ApplicationScoped
public class PersistedQueries {

    static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    static final String NOT_ALLOWED = "PERSISTED_QUERY_NOT_ALLOWED";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Logger LOG = Logger.getLogger(PersistedQueries.class);

    /** The request to run, with its document; or, when {@code code} is set, why nothing runs. */
    record Resolved(RequestShape shape, String code, String message) {
    }

    private final AllowList allowList;
    private final Map<String, String> learnt;

    @Inject
    public PersistedQueries(@ConfigProperty(name = "maquis.persisted-queries.cache-size", defaultValue = "1000") int size,
            @ConfigProperty(name = "maquis.allow-list") Optional<String> allowList) {
        this(size, allowList.map(p -> AllowList.read(Path.of(p))).orElse(null));
    }

    PersistedQueries(int size, AllowList allowList) {
        this.allowList = allowList;
        this.learnt = new LinkedHashMap<>(Math.min(size, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > size;
            }
        };
    }

    void announce(@Observes StartupEvent start) {
        if (allowList != null) {
            LOG.infof("Allow list on: %d operations run, no other", allowList.size());
        }
    }

    /** The request with the document it names, or a refusal; a request that names none is left as it is. */
    Resolved resolve(RequestShape shape) {
        String hash;
        try {
            hash = hash(shape);
        } catch (IllegalArgumentException e) {
            return refusal("BAD_USER_INPUT", e.getMessage());
        }
        String query = shape.query();
        if (query == null) {
            String document = allowList != null ? allowList.document(hash) : learnt(hash);
            return document != null ? new Resolved(shape.withQuery(document), null, null)
                    : allowList != null ? notAllowed() : refusal(NOT_FOUND, "PersistedQueryNotFound");
        }
        if (hash == null && allowList == null) {
            return new Resolved(shape, null, null);
        }
        String actual = AllowList.sha256(query);
        if (hash != null && !hash.equals(actual)) {
            return refusal("BAD_USER_INPUT", "`extensions.persistedQuery.sha256Hash` is not the SHA-256 of `query`.");
        }
        return allowList != null && allowList.document(actual) == null ? notAllowed() : new Resolved(shape, null, null);
    }

    /** Keeps the document of a request that sent its text with its hash, once it has passed every check. */
    void remember(RequestShape shape) {
        if (allowList == null && shape.persistedQuery() != null) {
            String hash = shape.persistedQuery().getString("sha256Hash").toLowerCase(java.util.Locale.ROOT);
            synchronized (learnt) {
                learnt.put(hash, shape.query());
            }
        }
    }

    /** Whether a document is kept under this hash (without touching its recency): for tests. */
    boolean knows(String hash) {
        synchronized (learnt) {
            return learnt.containsKey(hash);
        }
    }

    private String learnt(String hash) {
        synchronized (learnt) {
            return learnt.get(hash);
        }
    }

    /** The hash the request names, lower case, or null; IllegalArgumentException when the extension is malformed. */
    private static String hash(RequestShape shape) {
        if (!shape.request().containsKey("extensions")
                || !shape.request().getJsonObject("extensions").containsKey("persistedQuery")) {
            return null;
        }
        if (!(shape.request().getJsonObject("extensions").getValue("persistedQuery") instanceof JsonObject persisted)) {
            throw new IllegalArgumentException("`extensions.persistedQuery` must be an object.");
        }
        if (!(persisted.getValue("version") instanceof Number version) || version.doubleValue() != 1) {
            throw new IllegalArgumentException("`extensions.persistedQuery.version` must be 1.");
        }
        if (!(persisted.getValue("sha256Hash") instanceof String hash) || !SHA256.matcher(hash).matches()) {
            throw new IllegalArgumentException("`extensions.persistedQuery.sha256Hash` must be a SHA-256 in hex (64 digits).");
        }
        return hash.toLowerCase(java.util.Locale.ROOT);
    }

    private static Resolved notAllowed() {
        return refusal(NOT_ALLOWED, "This server runs only the operations of its allow list.");
    }

    private static Resolved refusal(String code, String message) {
        return new Resolved(null, code, message);
    }
}
