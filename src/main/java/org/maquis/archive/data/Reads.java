package org.maquis.archive.data;

import org.maquis.archive.errors.ArchiveError;
import org.maquis.archive.errors.InternalFailure;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.RowSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.MDC;
import org.maquis.archive.ops.RequestIds;

/**
 * Runs reads, each failing alike at the same deadline. The reads of node rows (pages, lookups, the loads of
 * to-ones) and search's hits are one statement each over the reactive client's pool ({@link #statement}), the rows of
 * node types made into the entity classes by {@link EntityRows}. The others (live changes) run in a stateless session of their own
 * ({@link #inOwnSession}): reads need no persistence context, and SmallRye GraphQL resolves sibling fields
 * concurrently while a Hibernate Reactive session must never be used by two operations at once
 * (quarkusio/quarkus#32870). Hibernate Reactive keeps the current session in the Vert.x context, so each such read
 * also gets a fresh duplicated context.
 */
public final class Reads {

    private static volatile Mutiny.SessionFactory factory;
    private static volatile Duration deadline;
    private static volatile Pool pool;

    private Reads() {
    }

    /**
     * Runs the read in its own session. A failure that is not an {@link ArchiveError} becomes an
     * {@link InternalFailure}: logged here in full, reported to the client with no SQL or class names; or, for a
     * value PostgreSQL refused (a data exception), BAD_USER_INPUT ({@link InternalFailure#ofRead}).
     */
    public static <T> Uni<T> inOwnSession(Function<Mutiny.StatelessSession, Uni<T>> read) {
        return onFreshContext(() -> factory().withStatelessSession(read))
                .onFailure(e -> !(e instanceof ArchiveError)).transform(e -> InternalFailure.ofRead(e, "Read"));
    }

    /**
     * Runs one statement over the reactive client's pool, outside Hibernate: for the reads whose rows
     * {@link EntityRows} makes. The statement names its values ({@code :keys}); each is bound in its place
     * ({@link #positional}). Fails as {@link #inOwnSession} does, and at the same deadline.
     */
    public static Uni<RowSet<io.vertx.sqlclient.Row>> statement(String sql, Map<String, ?> values) {
        Positional statement = POSITIONAL.get(sql);
        if (statement == null) {
            List<String> names = new ArrayList<>();
            statement = new Positional(positional(sql, names), List.copyOf(names));
            if (POSITIONAL.size() >= MOST_STATEMENTS) {
                POSITIONAL.clear();
            }
            POSITIONAL.put(sql, statement);
        }
        String positional = statement.sql();
        Tuple tuple = Tuple.tuple();
        statement.names().forEach(name -> {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name + " in " + sql);
            }
            tuple.addValue(values.get(name));
        });
        return Uni.createFrom().deferred(() -> pool().preparedQuery(positional).execute(tuple))
                .map(rows -> (RowSet<io.vertx.sqlclient.Row>) rows.getDelegate())
                .ifNoItem().after(deadline()).failWith(() -> new TimeoutException(
                        "The database did not answer within " + deadline().toMillis() + " ms"))
                .onFailure(e -> !(e instanceof ArchiveError)).transform(e -> InternalFailure.ofRead(e, "Read"));
    }

    /** A statement in PostgreSQL's positional form and the names of its values, in order. */
    private record Positional(String sql, List<String> names) {
    }

    /**
     * The positional forms of the statements run, by their text: a request's statements are the same texts again and
     * again (a page's, a level's), translated once. Emptied when it holds this many (pages of every size and shape).
     */
    private static final int MOST_STATEMENTS = 2000;

    private static final Map<String, Positional> POSITIONAL = new ConcurrentHashMap<>();

    /**
     * The statement with each named value ({@code :name}) in PostgreSQL's positional form ({@code $1}), the same name
     * the same position; {@code names} gets the names in order. A {@code ::} cast and the text of a quoted literal
     * are left as they are.
     */
    static String positional(String sql, List<String> names) {
        StringBuilder out = new StringBuilder(sql.length());
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ':' && i + 1 < sql.length()) {
                if (sql.charAt(i + 1) == ':') {
                    out.append("::");
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                if (end > i + 1 && !Character.isDigit(sql.charAt(i + 1))) {
                    String name = sql.substring(i + 1, end);
                    int at = names.indexOf(name);
                    if (at < 0) {
                        names.add(name);
                        at = names.size() - 1;
                    }
                    out.append('$').append(at + 1);
                    i = end - 1;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Pool pool() {
        if (pool == null) {
            pool = Arc.container().instance(Pool.class).get();
        }
        return pool;
    }

    /**
     * Runs the work on a fresh duplicated Vert.x context, where Hibernate Reactive finds no session of another, and
     * gives up on it, failing, when the database has not answered by the deadline (it may be frozen or cut off).
     */
    static <T> Uni<T> onFreshContext(Supplier<Uni<T>> work) {
        return Uni.createFrom().<T>emitter(emitter -> {
            Context fresh = VertxContext.createNewDuplicatedContext(currentOrNew());
            VertxContextSafetyToggle.setContextSafe(fresh, true);
            // The MDC lives in the context: the request id goes along, for the log lines of the work.
            String requestId = RequestIds.current();
            fresh.runOnContext(ignored -> {
                try {
                    if (requestId != null) {
                        MDC.put(RequestIds.MDC_KEY, requestId);
                    }
                    Cancellable running = work.get().subscribe().with(emitter::complete, emitter::fail);
                    // Given up (the deadline passed): the work stops where it is, so that a write that has not
                    // reached the database yet never does. What it began rolls back when its connection closes.
                    emitter.onTermination(running::cancel);
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            });
        }).ifNoItem().after(deadline()).failWith(() -> new TimeoutException(
                "The database did not answer within " + deadline().toMillis() + " ms"));
    }

    /** How long one read or write waits for the database (maquis.db.reply-timeout, see DatabaseTimeouts). */
    private static Duration deadline() {
        if (deadline == null) {
            deadline = ConfigProvider.getConfig().getValue("maquis.db.reply-timeout", Duration.class);
        }
        return deadline;
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
