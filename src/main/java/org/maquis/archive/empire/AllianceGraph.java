package org.maquis.archive.empire;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.graph.Batch;
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
    public Uni<List<@NonNull AllianceConnection>> alliances(@Source List<Empire> empires,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencingEither(empires, Alliance.class,
                "empireId", a -> a.empireId, "allyId", a -> a.allyId, FORMED),
                first, after, last, before, limits, AllianceConnection::new);
    }

    @NonNull
    @Description("One empire of the alliance.")
    public Uni<List<@NonNull Empire>> empire(@Source List<Alliance> alliances) {
        return Batch.referenced(alliances, a -> a.empireId, Empire.class);
    }

    @NonNull
    @Description("The empire it allied with.")
    public Uni<List<@NonNull Empire>> ally(@Source List<Alliance> alliances) {
        return Batch.referenced(alliances, a -> a.allyId, Empire.class);
    }
}
