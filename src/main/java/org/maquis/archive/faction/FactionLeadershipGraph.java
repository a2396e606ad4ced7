package org.maquis.archive.faction;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.person.Person;

/** Who led which faction, and when: both ends of a {@link FactionLeadership}. */
@GraphQLApi
public class FactionLeadershipGraph {

    private final PageLimits limits;

    public FactionLeadershipGraph(PageLimits limits) {
        this.limits = limits;
    }

    @NonNull
    @Description("The people who lead or led this faction, each with when; earliest first.")
    public Uni<List<@NonNull FactionLeadershipConnection>> leaders(@Source List<Faction> factions,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(factions, FactionLeadership.class, "factionId", l -> l.factionId, FactionOrder.FROM),
                first, after, last, before, limits, FactionLeadershipConnection::new);
    }

    @Name("factionLeaderships")
    @NonNull
    @Description("The factions this person leads or led, each with when; earliest first.")
    public Uni<List<@NonNull FactionLeadershipConnection>> factionLeaderships(@Source List<Person> people,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(people, FactionLeadership.class, "personId", l -> l.personId, FactionOrder.FROM),
                first, after, last, before, limits, FactionLeadershipConnection::new);
    }

    @NonNull
    @Description("The faction led.")
    public Uni<List<@NonNull Faction>> faction(@Source List<FactionLeadership> leaderships) {
        return Batch.referenced(leaderships, l -> l.factionId, Faction.class);
    }

    @NonNull
    @Description("The person who led it.")
    public Uni<List<@NonNull Person>> person(@Source List<FactionLeadership> leaderships) {
        return Batch.referenced(leaderships, l -> l.personId, Person.class);
    }
}
