package org.maquis.archive.cell;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.graph.Archivists;
import org.maquis.archive.graph.Edits;
import org.maquis.archive.graph.Refused;
import org.maquis.archive.graph.UserError;
import org.maquis.archive.graph.Writes;
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.person.Person;

/** Appointing cell leaders: the new leadership opens the day the previous one closes, in one transaction. */
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

    @Description("What an appointment did: the new leadership, or what was wrong (then nothing changed).")
    public static class LeadershipPayload {
        @Description("The new leadership; null when nothing changed.") public final CellLeadership leadership;
        @NonNull @Description("What the caller got wrong; empty when the mutation landed.") public final List<@NonNull UserError> userErrors;

        LeadershipPayload(CellLeadership leadership) {
            this.leadership = leadership;
            this.userErrors = List.of();
        }

        LeadershipPayload(List<UserError> userErrors) {
            this.leadership = null;
            this.userErrors = userErrors;
        }
    }

    @Mutation
    @NonNull
    @Description("Appoints a cell's leader: every open leadership of the cell ends at `from`, and the new one begins then. "
            + "Needs the archivist role.")
    public Uni<@NonNull LeadershipPayload> appointCellLeader(@NonNull @Description("The cell, its new leader and when.") AppointInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "appointCellLeader", session -> {
            new Checks().date("from", input.from).orRefuse();
            return Edits.referenced(session, Cell.class, "cell", input.cell)
                    .chain(cell -> Edits.referenced(session, Person.class, "person", input.person).chain(person -> {
                        if (person.universe != cell.universe) {
                            throw new Refused(UserError.badInput("person", "A " + cell.universe + " cell is led by a person of its universe; "
                                    + person.name + " is of the " + person.universe + " universe."));
                        }
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
}
