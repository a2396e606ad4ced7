package org.maquis.archive.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.util.ArrayDeque;

/**
 * Every change after a cursor, exactly once, in commit order: first those the history holds, then live ones, with
 * no gap between. The live feed is subscribed to first and what it brings is held while the history is read; then
 * what was held and what comes is delivered, except the changes the history already gave (sequence at or below the
 * last one delivered).
 */
final class Resume {

    private final ChangeFeed feed;
    private final ChangeReads reads;
    private final int limit;

    Resume(ChangeFeed feed, ChangeReads reads, int limit) {
        this.feed = feed;
        this.reads = reads;
        this.limit = limit;
    }

    Multi<ArchiveChange> after(long cursor) {
        return Multi.createFrom().<ArchiveChange>emitter(emitter -> new Merge(emitter, cursor).start(),
                BackPressureStrategy.ERROR);
    }

    /** The changes the history holds after this sequence, read a batch at a time. */
    private Multi<ArchiveChange> backlog(long after) {
        return reads.after(after).onItem().transformToMulti(batch -> {
            Multi<ArchiveChange> these = Multi.createFrom().iterable(batch);
            return batch.size() < ChangeReads.BATCH ? these
                    : Multi.createBy().concatenating().streams(these, backlog(batch.get(batch.size() - 1).seq));
        });
    }

    /** One resumed subscription's state; every method runs under its lock. */
    private final class Merge {

        private final MultiEmitter<? super ArchiveChange> emitter;
        private final ArrayDeque<ArchiveChange> held = new ArrayDeque<>();
        private long last;
        private boolean caughtUp;

        Merge(MultiEmitter<? super ArchiveChange> emitter, long after) {
            this.emitter = emitter;
            this.last = after;
        }

        void start() {
            Cancellable live = feed.changes().subscribe().with(this::live, emitter::fail, emitter::complete);
            Cancellable history = backlog(last).subscribe().with(this::deliver, emitter::fail, this::caughtUp);
            emitter.onTermination(() -> {
                history.cancel();
                live.cancel();
            });
        }

        private synchronized void live(ArchiveChange change) {
            if (caughtUp) {
                deliver(change);
            } else if (held.size() < limit) {
                held.add(change);
            } else {
                emitter.fail(new FellBehind(limit));
            }
        }

        private synchronized void caughtUp() {
            held.forEach(this::deliver);
            held.clear();
            caughtUp = true;
        }

        private synchronized void deliver(ArchiveChange change) {
            if (change.seq > last) {
                last = change.seq;
                emitter.emit(change);
            }
        }
    }
}
