package org.maquis.archive.ship;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.person.Person;

/** Ship commands, and the ships seen from the people, groups and states they belong to. */
@GraphQLApi
public class ShipCommandGraph {

    private final PageLimits limits;

    public ShipCommandGraph(PageLimits limits) {
        this.limits = limits;
    }

    @NonNull
    @Description("The ship commanded.")
    public Uni<List<@NonNull Ship>> ship(@Source List<ShipCommand> commands) {
        return Batch.referenced(commands, c -> c.shipId, Ship.class);
    }

    @NonNull
    @Description("The person in command.")
    public Uni<List<@NonNull Person>> person(@Source List<ShipCommand> commands) {
        return Batch.referenced(commands, c -> c.personId, Person.class);
    }

    @NonNull
    @Description("The ships this person commanded, and in what role.")
    public Uni<List<@NonNull ShipCommandConnection>> shipCommands(@Source List<Person> people,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(people, ShipCommand.class, "personId", c -> c.personId, "rowId"),
                first, after, last, before, limits, ShipCommandConnection::new);
    }

    @Name("ships")
    @NonNull
    @Description("The ships this group operates (the Maquis' IRS Enterprise), by name.")
    public Uni<List<@NonNull ShipConnection>> factionShips(@Source List<Faction> factions,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(factions, Ship.class, "factionId", s -> s.factionId, "name, rowId"),
                first, after, last, before, limits, ShipConnection::new);
    }

    @Name("ships")
    @NonNull
    @Description("The ships that serve this state, by name.")
    public Uni<List<@NonNull ShipConnection>> empireShips(@Source List<Empire> empires,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(empires, Ship.class, "empireId", s -> s.empireId, "name, rowId"),
                first, after, last, before, limits, ShipConnection::new);
    }

}
