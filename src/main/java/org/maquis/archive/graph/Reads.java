package org.maquis.archive.graph;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Runs one read in a stateless session of its own: reads need no persistence context, and SmallRye GraphQL
 * resolves sibling fields concurrently while a Hibernate Reactive session must never be used by two
 * operations at once (quarkusio/quarkus#32870). Hibernate Reactive keeps the current session in the Vert.x
 * context, so each read also gets a fresh duplicated context.
 */
public final class Reads {

    private static volatile Mutiny.SessionFactory factory;

    private Reads() {
    }

    /**
     * Runs the read in its own session. A failure that is not an {@link ArchiveError} becomes an
     * {@link InternalFailure}: logged here in full, reported to the client with no SQL or class names.
     */
    public static <T> Uni<T> inOwnSession(Function<Mutiny.StatelessSession, Uni<T>> read) {
        return onFreshContext(() -> factory().withStatelessSession(read))
                .onFailure(e -> !(e instanceof ArchiveError)).transform(e -> InternalFailure.of(e, "Read"));
    }

    /** Runs the work on a fresh duplicated Vert.x context, where Hibernate Reactive finds no session of another. */
    static <T> Uni<T> onFreshContext(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context fresh = VertxContext.createNewDuplicatedContext(currentOrNew());
            VertxContextSafetyToggle.setContextSafe(fresh, true);
            fresh.runOnContext(ignored -> {
                try {
                    work.get().subscribe().with(emitter::complete, emitter::fail);
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            });
        });
    }

    static Mutiny.SessionFactory factory() {
        if (factory == null) {
            factory = Arc.container().instance(Mutiny.SessionFactory.class).get();
        }
        return factory;
    }

    private static Context currentOrNew() {
        Context current = Vertx.currentContext();
        if (current == null) {
            throw new IllegalStateException("Reads must start on a Vert.x thread");
        }
        return current;
    }
}
