package org.maquis.archive.graph;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.function.Function;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Runs one mutation's writes in one transaction of its own: all of them land or none does. The transaction
 * first names who is writing and which mutation, for the history triggers (V7__editing.sql) to record with
 * every row they see change.
 *
 * <p>A write ends in one of three ways: its result; user errors ({@link Refused}, thrown by the write or made
 * here from what PostgreSQL refused: a stale version, a taken slug, a broken constraint), which roll back and
 * become the payload's {@code userErrors}; or an unexpected failure, rolled back and reported as INTERNAL with
 * an incident id.
 */
public final class Writes {

    private Writes() {
    }

    /** Runs {@code write} for {@code archivist} as {@code mutation}, in one transaction. */
    public static <T> Uni<T> inTransaction(String archivist, String mutation,
            Function<Mutiny.StatelessSession, Uni<T>> write) {
        return Reads.onFreshContext(() -> Reads.factory().withStatelessTransaction(session -> session
                .createNativeQuery("select set_config('maquis.actor', :actor, true), set_config('maquis.mutation', :mutation, true)")
                .setParameter("actor", archivist).setParameter("mutation", mutation).getSingleResult()
                .chain(ignored -> write.apply(session))))
                .onFailure(e -> !(e instanceof Refused) && !(e instanceof ArchiveError)).transform(Writes::refusal);
    }

    /**
     * The payload of a mutation: {@code changed} made from the write's result, or {@code refused} made from its
     * user errors. Authentication failures and unexpected ones stay GraphQL errors.
     */
    public static <T, P> Uni<P> payload(Uni<T> write, Function<T, P> changed, Function<List<UserError>, P> refused) {
        return write.map(changed).onFailure(Refused.class).recoverWithItem(e -> refused.apply(((Refused) e).errors()));
    }

    /** What PostgreSQL or Hibernate refused, as user errors where the caller can act on it. */
    private static Throwable refusal(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
                return new Refused(UserError.conflict("version",
                        "Someone changed it since the version you read: read it again, then retry with its new version."));
            }
            String state = e instanceof PgException pg ? pg.getSqlState() : e instanceof JDBCException j ? j.getSQLState() : null;
            if (state != null) {
                String rule = e instanceof PgException pg ? pg.getConstraint()
                        : e instanceof ConstraintViolationException c ? c.getConstraintName() : null;
                String named = rule == null ? "" : " (rule `" + rule + "`)";
                switch (state) {
                    case "23505":
                        return new Refused(UserError.conflict(null, "Something else already has that" + named + "."));
                    case "23503":
                        return new Refused(UserError.notFound(null, "A reference names nothing, or something still points here" + named + "."));
                    case "23514", "23502", "22001":
                        return new Refused(UserError.badInput(null, "The archive refuses this change" + named + "."));
                    default:
                        break;
                }
            }
        }
        return InternalFailure.of(failure, "Write");
    }
}
