package org.maquis.archive.graph;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs one read in a reactive session of its own. SmallRye GraphQL resolves sibling fields concurrently,
 * and a Hibernate Reactive session must never be used by two operations at once (quarkusio/quarkus#32870),
 * so each resolver gets a fresh duplicated Vert.x context, and with it a session, for its statement(s).
 */
public final class Reads {

    private static final Logger LOG = Logger.getLogger(Reads.class);

    private Reads() {
    }

    /**
     * Runs the read in its own session. A failure that is not an {@link ArchiveError} becomes an
     * {@link InternalFailure}: logged here in full, reported to the client with no SQL or class names.
     */
    public static <T> Uni<T> inOwnSession(Supplier<Uni<T>> read) {
        return inFreshContext(read).onFailure(e -> !(e instanceof ArchiveError)).transform(e -> {
            String incident = UUID.randomUUID().toString();
            LOG.errorf(e, "Read failed (incident %s)", incident);
            return new InternalFailure(incident);
        });
    }

    private static <T> Uni<T> inFreshContext(Supplier<Uni<T>> read) {
        return Uni.createFrom().emitter(emitter -> {
            Context fresh = VertxContext.createNewDuplicatedContext(currentOrNew());
            VertxContextSafetyToggle.setContextSafe(fresh, true);
            fresh.runOnContext(ignored -> {
                try {
                    Panache.withSession(read).subscribe().with(emitter::complete, emitter::fail);
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            });
        });
    }

    private static Context currentOrNew() {
        Context current = Vertx.currentContext();
        if (current == null) {
            throw new IllegalStateException("Reads must start on a Vert.x thread");
        }
        return current;
    }
}
