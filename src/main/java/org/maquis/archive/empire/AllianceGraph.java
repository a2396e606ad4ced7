package org.maquis.archive.empire;

import java.util.concurrent.CompletionStage;
import org.maquis.archive.data.Repository;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The empires' alliances, each seen from the empire it is asked of. */
@GraphQLApi
public class AllianceGraph {

    @NonNull
    @Description("The alliances this empire is part of, on either side; earliest formed first.")
    public CompletionStage<@NonNull AllianceConnection> alliances(@Source Empire empire,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return EmpireRepository.ALLIANCES.page(empire, first, after, last, before, AllianceConnection::new);
    }

    @NonNull
    @Description("One empire of the alliance.")
    public CompletionStage<@NonNull Empire> empire(@Source Alliance alliance) {
        return Repository.of(Empire.class).load(alliance.empireId);
    }

    @NonNull
    @Description("The empire it allied with.")
    public CompletionStage<@NonNull Empire> ally(@Source Alliance alliance) {
        return Repository.of(Empire.class).load(alliance.allyId);
    }
}
