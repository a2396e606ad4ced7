package org.maquis.archive.live;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.event.Event;
import org.maquis.archive.event.EventFilter;
import org.maquis.archive.history.Change;
import org.maquis.archive.relay.GlobalId;

/**
 * The subscriptions, served over WebSocket (`graphql-transport-ws`) at the GraphQL endpoint: each is a filter over
 * the instance's one {@link ChangeFeed}, bounded per subscriber ({@code maquis.live.subscriber-buffer} changes).
 */
@GraphQLApi
public class LiveGraph {

    private final ChangeFeed feed;
    private final Resume resume;
    private final int buffer;

    public LiveGraph(ChangeFeed feed, ChangeReads reads,
            @ConfigProperty(name = "maquis.live.subscriber-buffer", defaultValue = "1000") int buffer) {
        this.feed = feed;
        this.buffer = buffer;
        this.resume = new Resume(feed, reads, buffer);
    }

    @Subscription
    @Description("Every change committed to the archive from now on (or, given `after`, from that cursor on: first what"
            + " the history holds, then live, each change once, in commit order), by the API or by plain SQL. A"
            + " subscription that fell behind ends with a last message that has no change (null) and the error"
            + " LIMIT_EXCEEDED.")
    // ArchiveChange, not ArchiveChange!: SmallRye answers a failed stream with a null item and the error, and
    // graphql-java 24 does not null the data for a non-null subscription field: it throws, and SmallRye only prints
    // that, so the client heard nothing and its subscription was dead (ResumeBacklogTest).
    public Multi<ArchiveChange> archiveChanged(
            // [NodeType], not [NodeType!]: SmallRye 2.17 reads @NonNull on the element of a parameter's list as the
            // list's own, making the argument required.
            @Description("Only changes of records of these types; of every type if not given.") List<RecordType> types,
            @Description("Resume after this cursor (an `ArchiveChange`'s `cursor`).") String after) {
        Multi<ArchiveChange> changes = after == null ? feed.changes() : resume.after(ChangeCursor.decode(after));
        if (types != null) {
            Set<String> names = types.stream().filter(Objects::nonNull).map(RecordType::graphQlName).collect(Collectors.toSet());
            changes = changes.select().where(change -> names.contains(change.change.nodeType));
        }
        return bounded(changes);
    }

    @Subscription
    @Description("Every change of the record with this id from now on: a page that shows one record.")
    public Multi<@NonNull ArchiveChange> nodeChanged(@NonNull @Id @Description("The record's id.") String id) {
        GlobalId record = GlobalId.decode(id);
        return bounded(feed.changes().select().where(change -> change.change.nodeType.equals(record.type())
                && change.change.nodeId == record.rowId()));
    }

    @Subscription
    @Description("Every event recorded from now on that matches the filter, the same filter as `events`: what a timeline"
            + " adds.")
    public Multi<@NonNull Event> eventRecorded(
            @Description("Only the events that match; all of them if not given.") EventFilter filter) {
        return EventMatch.of(filter).onItem().transformToMulti(match -> bounded(feed.changes())
                .select().where(change -> change.change.kind == Change.Kind.CREATE && change.record instanceof Event event
                        && match.matches(event))
                .map(change -> (Event) change.record));
    }

    /** At most {@link #buffer} changes kept for a subscriber that does not take them: then it ends (FellBehind). */
    private Multi<ArchiveChange> bounded(Multi<ArchiveChange> changes) {
        return changes.onOverflow().buffer(buffer)
                .onFailure(BackPressureFailure.class).transform(ignored -> new FellBehind(buffer));
    }
}
