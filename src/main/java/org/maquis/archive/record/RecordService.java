package org.maquis.archive.record;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.data.Edit;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Lock;
import org.maquis.archive.data.NodeType;
import org.maquis.archive.data.Row;
import org.maquis.archive.data.Versioned;
import org.maquis.archive.data.Writes;
import org.maquis.archive.errors.BadUserInput;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.relay.GlobalId;
import org.maquis.archive.errors.UserError;

/** Deleting any record, whatever its type, as the closed table of node types allows: one transaction. */
@ApplicationScoped
public class RecordService {

    /** Deletes the record at the version read; with {@code detach}, what points to it first lets go. */
    @WithTransaction
    public Uni<Void> delete(Edit edit, RecordEdits.DeleteInput input) {
        return Writes.sign(edit).chain(() -> {
            Class<? extends Row> entity = recordType(input.id);
            if (!Versioned.class.isAssignableFrom(entity)) {
                throw new Refused(UserError.badInput("id", "Records of this type are not deleted through the API."));
            }
            // Locked until the deletion ends: a write that references the record meanwhile waits, then finds
            // nothing; one that referenced it first is waited for, and counted among what points to it.
            return Panache.getSession().chain(session -> Edits.read(session, entity.asSubclass(Versioned.class), "id",
                    input.id, input.version, Lock.UPDATE).chain(row -> Edits.delete(session, row, input.detach)));
        });
    }

    private static Class<? extends Row> recordType(String id) {
        GlobalId global;
        try {
            global = GlobalId.decode(id);
        } catch (BadUserInput e) {
            throw new Refused(UserError.badInput("id", e.getMessage()));
        }
        return NodeType.named(global.type()).map(NodeType::entity)
                .orElseThrow(() -> new Refused(UserError.notFound("id", "`" + id + "` names no record of the archive.")));
    }
}
