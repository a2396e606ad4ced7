package org.maquis.archive.empire;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.faction.NestedPage;
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
    @Description("This empire's alliances, each with the other empire as `ally`; earliest formed first.")
    public Uni<List<@NonNull AllianceConnection>> alliances(@Source List<Empire> empires,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return NestedPage.request(first, after, last, before, limits).chain(page -> {
            Uni<List<List<Alliance>>> stored = EitherSide.referencing(empires, Alliance.class,
                    "empireId", a -> a.empireId, "allyId", a -> a.allyId, FORMED);
            return Batch.pages(stored.map(lists -> facing(empires, lists)), page, AllianceConnection::new);
        });
    }

    @NonNull
    @Description("The empire this alliance is seen from.")
    public Uni<List<@NonNull Empire>> empire(@Source List<Alliance> alliances) {
        return Batch.referenced(alliances, a -> a.empireId, Empire.class);
    }

    @NonNull
    @Description("The other empire in the alliance.")
    public Uni<List<@NonNull Empire>> ally(@Source List<Alliance> alliances) {
        return Batch.referenced(alliances, a -> a.allyId, Empire.class);
    }

    /** Turns each empire's alliances to face it, whichever column the table stored it in. */
    private static List<List<Alliance>> facing(List<Empire> empires, List<List<Alliance>> lists) {
        List<List<Alliance>> turned = new ArrayList<>(empires.size());
        for (int i = 0; i < empires.size(); i++) {
            Long empireId = empires.get(i).rowId;
            turned.add(lists.get(i).stream().map(a -> a.seenFrom(empireId)).toList());
        }
        return turned;
    }
}
