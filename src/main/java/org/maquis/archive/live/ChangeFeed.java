package org.maquis.archive.live;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The instance's one listener: LISTENs on the channel the history announces each committed change on
 * (V13__change_notices.sql), with the reactive client's own {@link PgSubscriber} on one connection of its own, and
 * hands each change to every subscriber of this instance.
 *
 * <p>A notice carries only the change's sequence and the id of its record. Whatever the number of subscribers, the
 * feed reads each change once ({@link ChangeReads}: every change after the last one read, so that a burst of notices
 * is one read, and a notice missed while the connection was lost is read all the same when it is back), and
 * broadcasts it, in commit order, through a {@link BroadcastProcessor}. While nobody subscribes, nothing is read: the
 * feed only remembers how far the archive has come.
 */
@ApplicationScoped
public class ChangeFeed {

    static final String CHANNEL = "maquis_change";
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);

    private final BroadcastProcessor<ArchiveChange> live = BroadcastProcessor.create();
    private final ChangeReads reads;
    private final AtomicInteger subscribers = new AtomicInteger();
    private final AtomicLong readsMade = new AtomicLong();
    private final AtomicLong listens = new AtomicLong();
    private PgSubscriber listener;

    /** The last change read or passed by; guarded by this. */
    private long last = -1;
    /** The newest change announced (or, after a new LISTEN, assumed) and not read yet; guarded by this. */
    private long wanted;
    /** Whether a read is under way; guarded by this. */
    private boolean reading;

    public ChangeFeed(ChangeReads reads, MeterRegistry registry) {
        this.reads = reads;
        // What an operator (and the two-instance test, from outside the process) reads at /q/metrics.
        Gauge.builder("maquis.live.subscribers", subscribers, AtomicInteger::get)
                .description("Subscriptions of this instance taking its changes now").register(registry);
        FunctionCounter.builder("maquis.live.reads", readsMade, AtomicLong::get)
                .description("Reads of committed changes this instance made for its subscribers").register(registry);
        FunctionCounter.builder("maquis.live.listens", listens, AtomicLong::get)
                .description("LISTENs made on the change channel: the first, and one after each lost connection")
                .register(registry);
    }

    void start(@Observes StartupEvent start, Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            // Optional: an empty password (trust authentication, MAQUIS_DB_PASSWORD unset) is no value to the config.
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(user).setPassword(password.orElse(""));
        // Named apart from the pool's connections (`vertx-pg-client`), which PoolSizeTest counts.
        options.addProperty("application_name", "maquis-live");
        listener = PgSubscriber.subscriber(vertx, options)
                // Lost, the connection is made again every second, for as long as it takes.
                .reconnectPolicy(retries -> 1000L);
        listener.channel(CHANNEL).handler(this::announced).subscribeHandler(this::listening);
        listener.connect().subscribe().with(ignored -> LOG.debugf("Listening on %s", CHANNEL),
                failure -> LOG.errorf(failure, "Cannot listen on %s: live updates wait for the database", CHANNEL));
    }

    void stop(@Observes ShutdownEvent stop) {
        if (listener != null) {
            listener.closeAndForget();
        }
    }

    /**
     * Every change committed from now on, in commit order, each read once for the whole instance. A subscriber that
     * does not keep up has {@code buffer} changes kept for it, then fails ({@code onOverflow}).
     */
    public Multi<ArchiveChange> changes() {
        return live.onSubscription().invoke(() -> subscribers.incrementAndGet())
                .onTermination().invoke(() -> subscribers.decrementAndGet());
    }

    /** How many subscriptions of this instance take its changes now: for tests, which wait for theirs. */
    public int subscribers() {
        return subscribers.get();
    }

    /** How many reads of changes this instance made since start: for tests. */
    public long reads() {
        return readsMade.get();
    }

    /** How many times the LISTEN was made, the first time and after each lost connection: for tests. */
    public long listens() {
        return listens.get();
    }

    /** The connection the notices come on, for tests that cut it. */
    PgSubscriber listener() {
        return listener;
    }

    /**
     * LISTEN was made, first or again: what was committed meanwhile, nobody announced here, so the feed reads
     * everything after the last change it read (or, the first time, learns where the archive stands).
     */
    private void listening() {
        listens.incrementAndGet();
        synchronized (this) {
            if (last < 0) {
                reading = true;
            } else {
                wanted = Long.MAX_VALUE;
            }
        }
        if (last < 0) {
            reads.last().subscribe().with(seq -> {
                synchronized (this) {
                    last = Math.max(last, seq);
                    reading = false;
                }
                readWhatIsWanted();
            }, failure -> {
                LOG.warnf(failure, "Cannot read where the archive's changes stand");
                synchronized (this) {
                    reading = false;
                }
            });
        } else {
            readWhatIsWanted();
        }
    }

    private void announced(String payload) {
        long seq;
        try {
            seq = Long.parseLong(payload.substring(0, payload.indexOf(':')));
        } catch (RuntimeException e) {
            LOG.warnf("A notice on %s that is not a change's: %s", CHANNEL, payload);
            return;
        }
        synchronized (this) {
            wanted = Math.max(wanted, seq);
        }
        readWhatIsWanted();
    }

    /** Reads the changes announced and not read yet, one read at a time, in turns until none is left. */
    private void readWhatIsWanted() {
        long from;
        synchronized (this) {
            if (reading || last < 0 || wanted <= last) {
                return;
            }
            if (subscribers.get() == 0) {
                // Nobody to tell: nothing is read, and a subscriber that comes later starts from what comes later.
                last = wanted == Long.MAX_VALUE ? last : wanted;
                if (wanted == Long.MAX_VALUE) {
                    wanted = 0;
                    reading = true;
                    reads.last().subscribe().with(seq -> settle(seq, List.of()), this::readFailed);
                }
                return;
            }
            reading = true;
            from = last;
        }
        readsMade.incrementAndGet();
        reads.after(from).subscribe().with(read -> {
            long upTo = read.isEmpty() ? from : read.get(read.size() - 1).seq;
            read.forEach(live::onNext);
            settle(upTo, read);
        }, this::readFailed);
    }

    private void settle(long upTo, List<ArchiveChange> read) {
        synchronized (this) {
            last = Math.max(last, upTo);
            reading = false;
            if (wanted == Long.MAX_VALUE && read.size() < ChangeReads.BATCH) {
                // Caught up after a new LISTEN.
                wanted = last;
            } else if (read.size() == ChangeReads.BATCH) {
                wanted = Math.max(wanted, last + 1);
            }
        }
        readWhatIsWanted();
    }

    private void readFailed(Throwable failure) {
        LOG.warnf(failure, "Cannot read the changes announced on %s; the next notice or LISTEN reads them", CHANNEL);
        synchronized (this) {
            reading = false;
        }
    }
}
