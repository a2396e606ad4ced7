package org.maquis.archive.ship;

import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.relay.Paging;
import org.maquis.archive.data.Repository;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;
import org.maquis.archive.person.Person;

/** Who commanded which ship, and in what role: both ends of a {@link ShipCommand}. */
@GraphQLApi
public class ShipCommandGraph {

    @NonNull
    @Description("The ship commanded.")
    public CompletionStage<@NonNull Ship> ship(@Source ShipCommand shipCommand) {
        return Repository.of(Ship.class).load(shipCommand.shipId);
    }

    @NonNull
    @Description("The person in command.")
    public CompletionStage<@NonNull Person> person(@Source ShipCommand shipCommand) {
        return Repository.of(Person.class).load(shipCommand.personId);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source ShipCommand shipCommand,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(shipCommand, first, after, last, before);
    }
}
