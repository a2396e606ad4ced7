package org.maquis.archive.person;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.PageLimits;

/** Who spied on whom, for whom, on whose orders. */
@GraphQLApi
public class EspionageGraph {

    private static final String ORDER = "from.earliest nulls last, rowId";

    private final PageLimits limits;

    public EspionageGraph(PageLimits limits) {
        this.limits = limits;
    }

    @NonNull
    @Description("The person's assignments as a spy.")
    public Uni<List<@NonNull SpyAssignmentConnection>> spyAssignments(@Source List<Person> people,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(people, SpyAssignment.class, "spyId", a -> a.spyId, ORDER),
                first, after, last, before, limits, SpyAssignmentConnection::new);
    }

    @NonNull
    @Description("The spy assignments this person ordered.")
    public Uni<List<@NonNull SpyAssignmentConnection>> spyAssignmentsOrdered(@Source List<Person> people,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(people, SpyAssignment.class, "orderedById", a -> a.orderedById, ORDER),
                first, after, last, before, limits, SpyAssignmentConnection::new);
    }

    @NonNull
    @Description("The spy.")
    public Uni<List<@NonNull Person>> spy(@Source List<SpyAssignment> assignments) {
        return Batch.referenced(assignments, a -> a.spyId, Person.class);
    }

    @NonNull
    @Description("The group spied on.")
    public Uni<List<@NonNull Faction>> target(@Source List<SpyAssignment> assignments) {
        return Batch.referenced(assignments, a -> a.targetId, Faction.class);
    }

    @NonNull
    @Description("The state the spy worked for.")
    public Uni<List<@NonNull Empire>> onBehalfOf(@Source List<SpyAssignment> assignments) {
        return Batch.referenced(assignments, a -> a.onBehalfOfId, Empire.class);
    }

    @Description("Who ordered the spying, where the article says.")
    public Uni<List<Person>> orderedBy(@Source List<SpyAssignment> assignments) {
        return Batch.referenced(assignments, a -> a.orderedById, Person.class);
    }
}
