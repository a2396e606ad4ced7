package org.maquis.archive.faction;

import java.util.concurrent.CompletionStage;
import org.maquis.archive.data.Repository;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.person.Person;

/** Who led which faction, and when: both ends of a {@link FactionLeadership}. */
@GraphQLApi
public class FactionLeadershipGraph {

    @NonNull
    @Description("The people who lead or led this faction, each with when; earliest first.")
    public CompletionStage<@NonNull FactionLeadershipConnection> leaders(@Source Faction faction,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.LEADERS.page(faction, first, after, last, before, FactionLeadershipConnection::new);
    }

    @Name("factionLeaderships")
    @NonNull
    @Description("The factions this person leads or led, each with when; earliest first.")
    public CompletionStage<@NonNull FactionLeadershipConnection> factionLeaderships(@Source Person person,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.FACTION_LEADERSHIPS.page(person, first, after, last, before, FactionLeadershipConnection::new);
    }

    @NonNull
    @Description("The faction led.")
    public CompletionStage<@NonNull Faction> faction(@Source FactionLeadership factionLeadership) {
        return Repository.of(Faction.class).load(factionLeadership.factionId);
    }

    @NonNull
    @Description("The person who led it.")
    public CompletionStage<@NonNull Person> person(@Source FactionLeadership factionLeadership) {
        return Repository.of(Person.class).load(factionLeadership.personId);
    }
}
