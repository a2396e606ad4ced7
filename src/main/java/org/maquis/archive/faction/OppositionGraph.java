package org.maquis.archive.faction;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.PageLimits;

/**
 * Which factions stand against which empires. The contract fixes `Faction.opposes` and `Empire.opposedBy`
 * as plain lists; `oppositions` on both sides gives the same relation with its dates, as a connection.
 */
@GraphQLApi
public class OppositionGraph {

    private final PageLimits limits;

    public OppositionGraph(PageLimits limits) {
        this.limits = limits;
    }

    @NonNull
    @Description("The empires this faction opposes or opposed. For when, see `oppositions`.")
    public Uni<List<@NonNull List<@NonNull Empire>>> opposes(@Source List<Faction> factions) {
        return Batch.linked(factions, Opposition.class, "factionId", o -> o.factionId, o -> o.empireId,
                Empire.class, FactionOrder.NAME);
    }

    @Name("opposedBy")
    @NonNull
    @Description("The factions that oppose or opposed this empire. For when, see `oppositions`.")
    public Uni<List<@NonNull List<@NonNull Faction>>> opposedBy(@Source List<Empire> empires) {
        return Batch.linked(empires, Opposition.class, "empireId", o -> o.empireId, o -> o.factionId,
                Faction.class, FactionOrder.NAME);
    }

    @Name("oppositions")
    @NonNull
    @Description("This faction's stands against empires, each with when; earliest first.")
    public Uni<List<@NonNull OppositionConnection>> factionOppositions(@Source List<Faction> factions,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(factions, Opposition.class, "factionId", o -> o.factionId, FactionOrder.FROM),
                first, after, last, before, limits, OppositionConnection::new);
    }

    @Name("oppositions")
    @NonNull
    @Description("The factions' stands against this empire, each with when; earliest first.")
    public Uni<List<@NonNull OppositionConnection>> empireOppositions(@Source List<Empire> empires,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(empires, Opposition.class, "empireId", o -> o.empireId, FactionOrder.FROM),
                first, after, last, before, limits, OppositionConnection::new);
    }

    @NonNull
    @Description("The faction that opposes.")
    public Uni<List<@NonNull Faction>> faction(@Source List<Opposition> oppositions) {
        return Batch.referenced(oppositions, o -> o.factionId, Faction.class);
    }

    @NonNull
    @Description("The empire opposed.")
    public Uni<List<@NonNull Empire>> empire(@Source List<Opposition> oppositions) {
        return Batch.referenced(oppositions, o -> o.empireId, Empire.class);
    }
}
