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
import org.maquis.archive.person.Person;

/** Who belonged to which faction or empire, in what role: every end of a {@link Membership}. */
@GraphQLApi
public class MembershipGraph {

    private final PageLimits limits;

    public MembershipGraph(PageLimits limits) {
        this.limits = limits;
    }

    @Name("members")
    @NonNull
    @Description("The people the article names as members of this faction, with their roles; earliest first.")
    public Uni<List<@NonNull MembershipConnection>> factionMembers(@Source List<Faction> factions,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(factions, Membership.class, "factionId", m -> m.factionId, FactionOrder.FROM),
                first, after, last, before, limits, MembershipConnection::new);
    }

    @Name("members")
    @NonNull
    @Description("The people the article names as serving this empire, with their roles; earliest first.")
    public Uni<List<@NonNull MembershipConnection>> empireMembers(@Source List<Empire> empires,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(empires, Membership.class, "empireId", m -> m.empireId, FactionOrder.FROM),
                first, after, last, before, limits, MembershipConnection::new);
    }

    @Name("memberships")
    @NonNull
    @Description("The factions and empires this person belongs or belonged to, with the roles held; earliest first.")
    public Uni<List<@NonNull MembershipConnection>> memberships(@Source List<Person> people,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(people, Membership.class, "personId", m -> m.personId, FactionOrder.FROM),
                first, after, last, before, limits, MembershipConnection::new);
    }

    @NonNull
    @Description("The member.")
    public Uni<List<@NonNull Person>> person(@Source List<Membership> memberships) {
        return Batch.referenced(memberships, m -> m.personId, Person.class);
    }

    @Description("The faction belonged to, or null when this is a membership of an empire.")
    public Uni<List<Faction>> faction(@Source List<Membership> memberships) {
        return Batch.referenced(memberships, m -> m.factionId, Faction.class);
    }

    @Description("The empire served, or null when this is a membership of a faction.")
    public Uni<List<Empire>> empire(@Source List<Membership> memberships) {
        return Batch.referenced(memberships, m -> m.empireId, Empire.class);
    }
}
