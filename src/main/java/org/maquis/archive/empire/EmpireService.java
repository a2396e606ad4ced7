package org.maquis.archive.empire;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.maquis.archive.data.Edit;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Lock;
import org.maquis.archive.data.Writes;
import org.maquis.archive.empire.AllianceEdits.AddInput;
import org.maquis.archive.empire.AllianceEdits.UpdateAllianceInput;
import org.maquis.archive.empire.EmpireEdits.CreateInput;
import org.maquis.archive.empire.EmpireEdits.EmpireField;
import org.maquis.archive.empire.EmpireEdits.UpdateInput;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Entries;
import org.maquis.archive.lore.Links;
import org.maquis.archive.errors.UserError;

/**
 * What archivists do to empires and their alliances, each operation one transaction: the input checked, the rows
 * read and written through {@link EmpireRepository} and {@link AllianceRepository}, the history signed
 * ({@link Writes#sign}). {@code @Version} checks that an update writes the version it read. A user error is thrown
 * as {@code Refused} and rolls everything back.
 */
@ApplicationScoped
public class EmpireService {

    @Inject
    EmpireRepository empires;

    @Inject
    AllianceRepository alliances;

    /** Adds an empire at version 1, with the slug of its name. */
    @WithTransaction
    public Uni<Empire> create(Edit edit, CreateInput input) {
        return Writes.sign(edit).chain(() -> {
            Empire empire = new Empire();
            input.applyTo(empire).date("collapsed", input.collapsed).orRefuse();
            empire.kind = input.kind;
            empire.collapsed = input.collapsed == null ? null : input.collapsed.toDate();
            empire.version = 1;
            return Panache.getSession().chain(session -> Entries.giveSlug(session, empire))
                    .chain(() -> empires.persist(empire));
        });
    }

    /** Changes an empire at the version the archivist read; its slug follows a new name or universe. */
    @WithTransaction
    public Uni<Empire> update(Edit edit, UpdateInput input) {
        List<EmpireField> clear = input.clear == null ? List.of() : input.clear;
        return Writes.sign(edit).chain(() -> {
            input.check().date("collapsed", input.collapsed)
                    .that(input.collapsed == null || !clear.contains(EmpireField.COLLAPSED), "clear", "`collapsed` is both given and cleared.").orRefuse();
            return empires.atVersion("id", input.id, input.version);
        }).chain(empire -> {
            boolean renamed = input.applyTo(empire);
            if (input.kind != null) {
                empire.kind = input.kind;
            }
            if (input.collapsed != null || clear.contains(EmpireField.COLLAPSED)) {
                empire.collapsed = input.collapsed == null ? null : input.collapsed.toDate();
            }
            return Panache.getSession().chain(session -> Entries.followName(session, empire, renamed)).replaceWith(empire);
        });
    }

    /**
     * Adds an alliance between two empires of one universe, stored under the smaller row key (the table's rule),
     * whichever is named first.
     */
    @WithTransaction
    public Uni<Alliance> addAlliance(Edit edit, AddInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().date("formed", input.formed).orRefuse();
            // The empire with the smaller row key, the one the alliance is stored under, is locked until it is added:
            // additions of the same alliance take turns, whichever order they name the two in.
            boolean empireFirst = Links.storedUnderFirst(Empire.class, input.empire, input.ally);
            return Panache.getSession().chain(session -> Edits.referenced(session, Empire.class, "empire", input.empire,
                            empireFirst ? Lock.NO_KEY_UPDATE : Lock.KEY_SHARE)
                    .chain(empire -> Edits.referenced(session, Empire.class, "ally", input.ally,
                            empireFirst ? Lock.KEY_SHARE : Lock.NO_KEY_UPDATE).chain(ally -> {
                        if (empire.rowId.equals(ally.rowId)) {
                            throw new Refused(UserError.badInput("ally", "An empire does not ally with itself."));
                        }
                        Links.sameUniverse("ally", empire, ally);
                        Alliance alliance = new Alliance();
                        alliance.empireId = Math.min(empire.rowId, ally.rowId);
                        alliance.allyId = Math.max(empire.rowId, ally.rowId);
                        alliance.formed = input.formed == null ? null : input.formed.toDate();
                        alliance.version = 1;
                        return Links.unlessLinked(session, "alliance", "empire_id", alliance.empireId, "ally_id", alliance.allyId,
                                        "ally", empire.name + " and " + ally.name + " are already allied.")
                                .chain(() -> alliances.persist(alliance));
                    })));
        });
    }

    /** Changes an alliance at the version the archivist read. */
    @WithTransaction
    public Uni<Alliance> updateAlliance(Edit edit, UpdateAllianceInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().date("formed", input.formed).orRefuse();
            return alliances.atVersion("id", input.id, input.version);
        }).invoke(alliance -> {
            if (input.formed != null) {
                alliance.formed = input.formed.toDate();
            }
        });
    }
}
