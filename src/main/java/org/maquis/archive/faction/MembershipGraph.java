package org.maquis.archive.faction;

import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.relay.Paging;
import org.maquis.archive.data.Repository;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;
import org.maquis.archive.person.Person;

/** Who belonged to which faction or empire, in what role: every end of a {@link Membership}. */
@GraphQLApi
public class MembershipGraph {

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

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Membership membership,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(membership, first, after, last, before);
    }
}
