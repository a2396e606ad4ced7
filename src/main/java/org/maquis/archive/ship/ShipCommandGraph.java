package org.maquis.archive.ship;

import java.util.concurrent.CompletionStage;
import org.maquis.archive.data.Repository;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.person.Person;

/** Ship commands, and the ships seen from the people, groups and states they belong to. */
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
    @Description("The ships this person commanded, and in what role.")
    public CompletionStage<@NonNull ShipCommandConnection> shipCommands(@Source Person person,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return ShipRepository.SHIP_COMMANDS.page(person, first, after, last, before, ShipCommandConnection::new);
    }

    @Name("ships")
    @NonNull
    @Description("The ships this group operates (the Maquis' IRS Enterprise), by name.")
    public CompletionStage<@NonNull ShipConnection> factionShips(@Source Faction faction,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return ShipRepository.FACTION_SHIPS.page(faction, first, after, last, before, ShipConnection::new);
    }

    @Name("ships")
    @NonNull
    @Description("The ships that serve this state, by name.")
    public CompletionStage<@NonNull ShipConnection> empireShips(@Source Empire empire,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return ShipRepository.EMPIRE_SHIPS.page(empire, first, after, last, before, ShipConnection::new);
    }

}
