package org.maquis.archive.data;

import org.maquis.archive.errors.ArchiveError;
import org.maquis.archive.errors.InternalFailure;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.errors.UserError;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * What every mutation's writes share. A part's service runs each operation in one transaction of its own
 * ({@code @WithTransaction}): all of its writes land or none does. The transaction first names who is writing and
 * which mutation ({@link #sign}), for the history triggers (V7__editing.sql) to record with every row they see change.
 *
 * <p>A write ends in one of three ways: its result; user errors ({@link Refused}, thrown by the write or made
 * here from what PostgreSQL refused: a stale version, a taken slug, a broken constraint), which roll back and
 * become the payload's {@code userErrors} (a data exception, SQLSTATE class 22, among them: a value PostgreSQL
 * cannot store is the caller's to change); or an unexpected failure, rolled back and reported as INTERNAL with
 * an incident id.
 */
public final class Writes {

    private Writes() {
    }

    /**
     * Signs the transaction of the current Panache session (a service's {@code @WithTransaction}) with who writes and
     * which mutation, for the history triggers. The session flushes at commit only:
     * the statements a write runs to check its input (a free slug) then see the rows as they were read, and each
     * changed row is written once, in one UPDATE that checks its version.
     */
    public static Uni<Void> sign(Edit edit) {
        return Panache.getSession().chain(session -> {
            session.setFlushMode(FlushMode.COMMIT);
            return session.createNativeQuery("select set_config('maquis.actor', :actor, true), set_config('maquis.mutation', :mutation, true)")
                    .setParameter("actor", edit.archivist()).setParameter("mutation", edit.mutation()).getSingleResult();
        }).replaceWithVoid();
    }

    /**
     * The payload of a mutation that a service runs in its own transaction: {@code changed} made from its result, or
     * {@code refused} from its user errors, PostgreSQL's refusals among them. The service runs on a fresh Vert.x
     * context with the database deadline, as every read and write does ({@link Reads#onFreshContext}).
     */
    public static <T, P> Uni<P> payload(Edit edit, Supplier<Uni<T>> service, Function<T, P> changed,
            Function<List<UserError>, P> refused) {
        Uni<T> write = Reads.onFreshContext(service)
                .onFailure(e -> !(e instanceof Refused) && !(e instanceof ArchiveError)).transform(e -> refusal(e, edit.mutation()));
        return payload(write, changed, refused);
    }

    /**
     * The same, for a payload record of what changed and the user errors: {@code payload} makes it of the service's
     * result and no errors, or of null and the errors.
     */
    public static <T, P> Uni<P> payload(Edit edit, Supplier<Uni<T>> service, BiFunction<T, List<UserError>, P> payload) {
        return payload(edit, service, result -> payload.apply(result, List.of()), errors -> payload.apply(null, List.copyOf(errors)));
    }

    /**
     * The payload of a mutation: {@code changed} made from the write's result, or {@code refused} made from its
     * user errors. Authentication failures and unexpected ones stay GraphQL errors.
     */
    public static <T, P> Uni<P> payload(Uni<T> write, Function<T, P> changed, Function<List<UserError>, P> refused) {
        return write.map(changed).onFailure(Refused.class).recoverWithItem(e -> refused.apply(((Refused) e).errors()));
    }

    /** What PostgreSQL or Hibernate refused, as user errors where the caller can act on it (DatabaseRefusals). */
    private static Throwable refusal(Throwable failure, String mutation) {
        JDBCException jdbc = null;
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
                return new Refused(UserError.conflict("version",
                        "Someone changed it since the version you read: read it again, then retry with its new version."));
            }
            if (e instanceof PgException pg) {
                // PostgreSQL's own report, which names the table too, before Hibernate's translation of it
                Refused refused = DatabaseRefusals.of(mutation, pg.getSqlState(), pg.getConstraint(), pg.getTable(), pg.getErrorMessage());
                return refused != null ? refused : InternalFailure.of(failure, "Write");
            }
            if (jdbc == null && e instanceof JDBCException j && j.getSQLState() != null) {
                jdbc = j;
            }
        }
        Refused refused = jdbc == null ? null : DatabaseRefusals.of(mutation, jdbc.getSQLState(), constraint(jdbc), null, jdbc.getMessage());
        return refused != null ? refused : InternalFailure.of(failure, "Write");
    }

    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([a-z0-9_]+)\"");

    /**
     * The constraint PostgreSQL named. Hibernate Reactive hands on its report as a plain SQLException, of which only
     * the message tells the constraint (as PostgreSQL words it; V12's triggers word theirs alike).
     */
    private static String constraint(JDBCException e) {
        if (e instanceof ConstraintViolationException c && c.getConstraintName() != null) {
            return c.getConstraintName();
        }
        Matcher named = CONSTRAINT.matcher(String.valueOf(e.getSQLException() == null ? e.getMessage() : e.getSQLException().getMessage()));
        return named.find() ? named.group(1) : null;
    }
}
