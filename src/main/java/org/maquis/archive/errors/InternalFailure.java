package org.maquis.archive.errors;


import io.smallrye.graphql.api.ErrorCode;
import io.vertx.pgclient.PgException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Something failed on the server side (the database is unreachable, a statement failed or ran over the statement
 * timeout). The client sees only this message and the code; the cause goes to the log with an id that the message
 * repeats.
 */
@ErrorCode("INTERNAL")
public class InternalFailure extends ArchiveError {

    /** PostgreSQL's SQLSTATE for a statement cancelled, here by `statement_timeout`. */
    static final String QUERY_CANCELED = "57014";

    private static final Logger LOG = Logger.getLogger(InternalFailure.class);

    public InternalFailure(String incident) {
        this(incident, "");
    }

    private InternalFailure(String incident, String why) {
        super("The archive could not answer this field" + why + " (incident " + incident + "); please try again later.");
    }

    /** PostgreSQL's SQLSTATE class of data exceptions: a value it cannot take (22021, 22008, 22P02...). */
    static final String DATA_EXCEPTION = "22";

    /**
     * What a client sees for a read that failed: a data exception of PostgreSQL, which only a value of the request can
     * cause once the boundary ({@link org.maquis.archive.input.ArgumentValues}) has let it through, is BAD_USER_INPUT in a generic sentence (no
     * SQL), logged as the one INFO line of a client's error; any other failure is an incident ({@link #of}).
     */
    public static ArchiveError ofRead(Throwable cause, String what) {
        String state = sqlState(cause);
        if (state != null && state.startsWith(DATA_EXCEPTION)) {
            return new BadUserInput("The archive cannot read with a value of this request: a character it cannot store,"
                    + " or a value beyond its range (data error " + state + ").");
        }
        return of(cause, what);
    }

    /** The SQLSTATE of the database's error behind this failure, or null. */
    static String sqlState(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String state = t instanceof PgException pg ? pg.getSqlState() : t instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /** The failure the client sees for this cause, logged here in full with a new incident id. */
    public static InternalFailure of(Throwable cause, String what) {
        String incident = UUID.randomUUID().toString();
        if (timedOut(cause)) {
            LOG.warnf(cause, "%s ran over the statement timeout (incident %s)", what, incident);
            return new InternalFailure(incident, " in time: a database statement ran over the statement timeout");
        }
        LOG.errorf(cause, "%s failed (incident %s)", what, incident);
        return new InternalFailure(incident);
    }

    private static boolean timedOut(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            // Hibernate Reactive reports the client's PgException as a QueryTimeoutException, by its SQLSTATE.
            if (t instanceof QueryTimeoutException || t instanceof PgException pg && QUERY_CANCELED.equals(pg.getSqlState())
                    || t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
