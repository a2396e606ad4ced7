package org.maquis.archive.cell;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.lore.Entries;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Lock;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.relay.UserError;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.EntryInput;
import org.maquis.archive.lore.Links;
import org.maquis.archive.lore.TermChanges;
import org.maquis.archive.person.Person;

/**
 * Adding and changing cells, and appointing their leaders: the new leadership opens the day the previous one
 * closes, in one transaction.
 */
@GraphQLApi
public class CellEdits {

    private final Archivists archivists;

    public CellEdits(Archivists archivists) {
        this.archivists = archivists;
    }

    @Input("AppointCellLeaderInput")
    @Description("A person who takes the lead of a cell, and when.")
    public static class AppointInput {
        @NonNull @Id @Description("The cell's id.") public String cell;
        @NonNull @Id @Description("The id of the new leader, a person of the cell's universe.") public String person;
        @NonNull @Description("When the leadership began; the leadership it replaces ends then.") public ApproximateDateInput from;
    }

    @Input("UpdateCellLeadershipInput")
    @Description("Changes to a cell leadership: fields left out stay as they are; `clear` empties its dates.")
    public static class UpdateCellLeadershipInput extends TermChanges {
    }

    @Description("What an appointment did: the new leadership, or what was wrong (then nothing changed).")
    public static class LeadershipPayload extends Payload {
        @Description("The new leadership; null when nothing changed.") public final CellLeadership leadership;

        LeadershipPayload(CellLeadership leadership) {
            this.leadership = leadership;
        }

        LeadershipPayload(List<UserError> userErrors) {
            super(userErrors);
            this.leadership = null;
        }
    }

    @Mutation
    @NonNull
    @Description("Appoints a cell's leader: every open leadership of the cell ends at `from`, and the new one begins then. "
            + "Needs the archivist role.")
    public Uni<@NonNull LeadershipPayload> appointCellLeader(@NonNull @Description("The cell, its new leader and when.") AppointInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "appointCellLeader", session -> {
            new Checks().date("from", input.from).orRefuse();
            // The cell is locked until the appointment ends: appointments of one cell take turns, each closing
            // the leadership the one before opened (V12: at most one open leadership a cell).
            return Edits.referenced(session, Cell.class, "cell", input.cell, Lock.NO_KEY_UPDATE)
                    .chain(cell -> Edits.referenced(session, Person.class, "person", input.person).chain(person -> {
                        Links.sameUniverse("person", cell, person);
                        // Close what is open, then open the new one: each closed row is versioned and recorded.
                        return session.createNativeQuery("update cell_leader set to_earliest = :earliest, to_latest = :latest, "
                                        + "to_wording = :wording, version = version + 1 "
                                        + "where cell_id = :cell and to_earliest is null and to_latest is null and to_wording is null")
                                .setParameter("earliest", input.from.earliest).setParameter("latest", input.from.latest)
                                .setParameter("wording", input.from.wording.strip()).setParameter("cell", cell.rowId)
                                .executeUpdate().chain(() -> {
                                    CellLeadership leadership = new CellLeadership();
                                    leadership.cellId = cell.rowId;
                                    leadership.personId = person.rowId;
                                    leadership.from = input.from.toDate();
                                    return Edits.create(session, leadership);
                                });
                    }));
        }), LeadershipPayload::new, LeadershipPayload::new));
    }

    @Input("CreateCellInput")
    @Description("A cell to add. The slug is made from the name.")
    public static class CreateInput extends EntryInput {
        @NonNull @Id @Description("The id of the faction it belongs to, of its universe.") public String faction;
    }

    @Input("UpdateCellInput")
    @Description("Changes to a cell: fields left out or null stay as they are; `clear` empties optional ones.")
    public static class UpdateInput extends EntryChanges {
        @Id @Description("The id of a new value: the faction it belongs to, of its universe.") public String faction;
    }

    @Description("What a mutation of a cell did: it as it now is, or what was wrong (then nothing changed).")
    public static class CellPayload extends Payload {
        @Description("The cell as stored after the mutation; null when it changed nothing.") public final Cell cell;

        CellPayload(Cell cell) {
            this.cell = cell;
        }

        CellPayload(List<UserError> userErrors) {
            super(userErrors);
            this.cell = null;
        }
    }

    @Mutation
    @NonNull
    @Description("Adds a cell. Needs the archivist role.")
    public Uni<@NonNull CellPayload> createCell(@NonNull @Description("What to add.") CreateInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "createCell", session -> {
            Cell cell = new Cell();
            input.applyTo(cell).orRefuse();

            return references(session, cell, input.faction)
                    .chain(() -> Entries.create(session, cell));
        }), CellPayload::new, CellPayload::new));
    }

    @Mutation
    @NonNull
    @Description("Changes a cell, at the version last read. Needs the archivist role.")
    public Uni<@NonNull CellPayload> updateCell(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "updateCell", session -> {
            input.check().orRefuse();
            return Edits.read(session, Cell.class, "id", input.id, input.version).chain(cell -> {
                boolean renamed = input.applyTo(cell);

                return references(session, cell, input.faction)
                        .chain(() -> Entries.followName(session, cell, renamed))
                        .chain(() -> Edits.update(session, cell));
            });
        }), CellPayload::new, CellPayload::new));
    }

    /**
     * Points the cell at what the given ids name, each checked to exist and be of the right type; its faction
     * must be of its universe (V7 checks it too).
     */
    private static Uni<Void> references(Mutiny.StatelessSession session, Cell cell, String faction) {
        Uni<Faction> owner = faction != null ? Edits.referenced(session, Faction.class, "faction", faction)
                : session.get(Faction.class, cell.factionId);
        return owner.invoke(f -> {
            Links.sameUniverse(faction == null ? "universe" : "faction", cell, f);
            cell.factionId = f.rowId;
        }).replaceWithVoid();
    }

    @Mutation
    @NonNull
    @Description("Changes a cell leadership, at the version last read. Needs the archivist role.")
    public Uni<@NonNull LeadershipPayload> updateCellLeadership(@NonNull @Description("What changes.") UpdateCellLeadershipInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "updateCellLeadership", session -> {
            input.check().orRefuse();
            return Edits.read(session, CellLeadership.class, "id", input.id, input.version).chain(leadership -> {
                boolean reopened = leadership.to != null && input.clearsTo();
                leadership.from = input.newFrom(leadership.from);
                leadership.to = input.newTo(leadership.to, leadership.from);
                Uni<Void> alone = reopened ? CellLeaderships.noOtherOpen(session, leadership) : Uni.createFrom().voidItem();
                return alone.chain(() -> Edits.update(session, leadership));
            });
        }), LeadershipPayload::new, LeadershipPayload::new));
    }
}
