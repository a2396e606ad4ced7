package org.maquis.archive.faction;

import java.util.concurrent.CompletionStage;
import org.maquis.archive.data.Repository;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.person.Person;

/** Who belonged to which faction or empire, in what role: every end of a {@link Membership}. */
@GraphQLApi
public class MembershipGraph {

    @Name("members")
    @NonNull
    @Description("The people the article names as members of this faction, with their roles; earliest first.")
    public CompletionStage<@NonNull MembershipConnection> factionMembers(@Source Faction faction,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.FACTION_MEMBERS.page(faction, first, after, last, before, MembershipConnection::new);
    }

    @Name("members")
    @NonNull
    @Description("The people the article names as serving this empire, with their roles; earliest first.")
    public CompletionStage<@NonNull MembershipConnection> empireMembers(@Source Empire empire,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.EMPIRE_MEMBERS.page(empire, first, after, last, before, MembershipConnection::new);
    }

    @Name("memberships")
    @NonNull
    @Description("The factions and empires this person belongs or belonged to, with the roles held; earliest first.")
    public CompletionStage<@NonNull MembershipConnection> memberships(@Source Person person,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.MEMBERSHIPS.page(person, first, after, last, before, MembershipConnection::new);
    }

    @NonNull
    @Description("The member.")
    public CompletionStage<@NonNull Person> person(@Source Membership membership) {
        return Repository.of(Person.class).load(membership.personId);
    }

    @Description("The faction belonged to, or null when this is a membership of an empire.")
    public CompletionStage<Faction> faction(@Source Membership membership) {
        return Repository.of(Faction.class).load(membership.factionId);
    }

    @Description("The empire served, or null when this is a membership of a faction.")
    public CompletionStage<Empire> empire(@Source Membership membership) {
        return Repository.of(Empire.class).load(membership.empireId);
    }
}
