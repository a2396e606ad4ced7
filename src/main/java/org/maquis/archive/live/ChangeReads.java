package org.maquis.archive.live;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.maquis.archive.data.NodeLoader;
import org.maquis.archive.data.Reads;
import org.maquis.archive.history.Change;
import org.maquis.archive.relay.Node;

/**
 * Reads committed changes in commit order, with their records as they are now: one statement for the changes, and
 * one for the records of each type among them (most often one type, so two statements for a change).
 */
@ApplicationScoped
public class ChangeReads {

    /** The most changes one read takes; a longer backlog is read in turns. */
    static final int BATCH = 500;

    private final NodeLoader nodes;

    public ChangeReads(NodeLoader nodes) {
        this.nodes = nodes;
    }

    /** The changes committed after this sequence, oldest first, at most {@link #BATCH}. */
    public Uni<List<ArchiveChange>> after(long seq) {
        String sql = "select c.*, cast(null as bigint) as page_parent, cast(null as text) as page_cursor from change c"
                + " where c.seq > :after order by c.seq limit " + BATCH;
        return Reads.inOwnSession(session -> session.createNativeQuery(sql,
                        session.getResultSetMapping(Object[].class, "Change.page")).setParameter("after", seq).getResultList())
                .chain(rows -> withNodes(rows.stream().map(row -> (Change) row[0]).toList()));
    }

    /** The sequence of the last change committed so far (0 when none). */
    public Uni<Long> last() {
        return Reads.inOwnSession(session -> session.createNativeQuery(
                "select coalesce(max(seq), 0) from change", Long.class).getSingleResult());
    }

    private Uni<List<ArchiveChange>> withNodes(List<Change> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<String, List<Long>> idsByType = changes.stream().filter(c -> c.kind != Change.Kind.DELETE)
                .collect(Collectors.groupingBy(c -> c.nodeType, LinkedHashMap::new,
                        Collectors.mapping(c -> c.nodeId, Collectors.toList())));
        List<Uni<Map<Long, Node>>> reads = new ArrayList<>();
        List<String> types = new ArrayList<>(idsByType.keySet());
        types.forEach(type -> reads.add(nodes.load(type, idsByType.get(type))));
        Uni<List<Map<Long, Node>>> all = reads.isEmpty() ? Uni.createFrom().item(List.of())
                : Uni.join().all(reads).andFailFast();
        return all.map(found -> {
            Map<String, Map<Long, Node>> byType = new LinkedHashMap<>();
            for (int i = 0; i < types.size(); i++) {
                byType.put(types.get(i), found.get(i));
            }
            List<ArchiveChange> read = new ArrayList<>(changes.size());
            for (Change change : changes) {
                Map<Long, Node> ofType = byType.getOrDefault(change.nodeType, Map.of());
                read.add(new ArchiveChange(change.seq, change, ofType.get(change.nodeId)));
            }
            return read;
        });
    }
}
