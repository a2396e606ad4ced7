package org.maquis.archive.graph;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * Runs one read in a reactive session of its own. SmallRye GraphQL resolves sibling fields concurrently,
 * and a Hibernate Reactive session must never be used by two operations at once (quarkusio/quarkus#32870),
 * so each resolver gets a fresh duplicated Vert.x context, and with it a session, for its statement(s).
 */
public final class Reads {

    private Reads() {
    }

    public static <T> Uni<T> inOwnSession(Supplier<Uni<T>> read) {
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
