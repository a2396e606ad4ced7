package org.maquis.archive.faction;

import java.util.concurrent.CompletionStage;
import org.maquis.archive.data.Repository;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.empire.Empire;

/**
 * Which factions stand against which empires. The contract fixes `Faction.opposes` and `Empire.opposedBy`
 * as plain lists; `oppositions` on both sides gives the same relation with its dates, as a connection.
 */
@GraphQLApi
public class OppositionGraph {

    @NonNull
    @Description("The empires this faction opposes or opposed. For when, see `oppositions`.")
    public CompletionStage<@NonNull List<@NonNull Empire>> opposes(@Source Faction faction) {
        return FactionRepository.OPPOSES.all(faction);
    }

    @Name("opposedBy")
    @NonNull
    @Description("The factions that oppose or opposed this empire. For when, see `oppositions`.")
    public CompletionStage<@NonNull List<@NonNull Faction>> opposedBy(@Source Empire empire) {
        return FactionRepository.OPPOSED_BY.all(empire);
    }

    @Name("oppositions")
    @NonNull
    @Description("This faction's stands against empires, each with when; earliest first.")
    public CompletionStage<@NonNull OppositionConnection> factionOppositions(@Source Faction faction,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.FACTION_OPPOSITIONS.page(faction, first, after, last, before, OppositionConnection::new);
    }

    @Name("oppositions")
    @NonNull
    @Description("The factions' stands against this empire, each with when; earliest first.")
    public CompletionStage<@NonNull OppositionConnection> empireOppositions(@Source Empire empire,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.EMPIRE_OPPOSITIONS.page(empire, first, after, last, before, OppositionConnection::new);
    }

    @NonNull
    @Description("The faction that opposes.")
    public CompletionStage<@NonNull Faction> faction(@Source Opposition opposition) {
        return Repository.of(Faction.class).load(opposition.factionId);
    }

    @NonNull
    @Description("The empire opposed.")
    public CompletionStage<@NonNull Empire> empire(@Source Opposition opposition) {
        return Repository.of(Empire.class).load(opposition.empireId);
    }
}
