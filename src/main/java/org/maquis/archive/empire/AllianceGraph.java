package org.maquis.archive.empire;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletionStage;
import org.maquis.archive.graph.Order;
import org.maquis.archive.graph.Relation;
import org.maquis.archive.graph.Repository;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.graph.PageLimits;

/** The empires' alliances, each seen from the empire it is asked of. */
@GraphQLApi
public class AllianceGraph {

    /** Earliest formed first; an alliance the article leaves undated comes last. */
    private static final String FORMED = "coalesce(formed.earliest, formed.latest) nulls last, rowId";

    private final PageLimits limits;

    public AllianceGraph(PageLimits limits) {
        this.limits = limits;
    }

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
