package org.maquis.archive.ops;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Builds the reactive pool with the timeouts that make a request fail fast, instead of hang, while PostgreSQL is
 * down or unresponsive (Quarkus' settings have no connect or reply timeout, so the pool is made here, from the
 * options Quarkus prepared):
 * <ul>
 * <li>connect: a TCP connection to the database must be made within {@code maquis.db.connect-timeout};</li>
 * <li>reply: a connection on which the database says nothing for {@code maquis.db.reply-timeout} is closed, which
 * fails the statement waiting on it. A live database answers every statement within the statement timeout (it
 * cancels what runs longer), so the reply timeout is set above it: only a database that is frozen, or cut off
 * while the connection stays open, is that silent. Idle connections of the pool are closed too and made again on
 * demand;</li>
 * <li>pool: a request waits at most {@code maquis.db.pool-wait-timeout} for a connection of the pool.</li>
 * </ul>
 * A failed connection leaves the pool, so when the database is back the next request connects anew: no restart.
 */
@ApplicationScoped
public class DatabaseTimeouts implements PgPoolCreator {

    private final Duration connect;
    private final Duration reply;
    private final Duration poolWait;

    public DatabaseTimeouts(@ConfigProperty(name = "maquis.db.connect-timeout") Duration connect,
            @ConfigProperty(name = "maquis.db.reply-timeout") Duration reply,
            @ConfigProperty(name = "maquis.db.pool-wait-timeout") Duration poolWait) {
        this.connect = connect;
        this.reply = reply;
        this.poolWait = poolWait;
    }

    private static final Logger LOG = Logger.getLogger(DatabaseTimeouts.class);

    @Override
    public Pool create(Input input) {
        LOG.infof("Database pool: connect timeout %s, reply timeout %s, pool wait %s", connect, reply, poolWait);
        input.pgConnectOptionsList().forEach(options -> {
            options.setConnectTimeout((int) connect.toMillis());
            options.setIdleTimeoutUnit(TimeUnit.MILLISECONDS).setReadIdleTimeout((int) reply.toMillis());
        });
        input.poolOptions().setConnectionTimeout((int) poolWait.toMillis()).setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        return PgBuilder.pool().with(input.poolOptions()).connectingTo(List.copyOf(input.pgConnectOptionsList()))
                .using(input.vertx()).build();
    }
}
