package org.maquis.archive.ship;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;
import org.maquis.archive.person.Person;

/** The relations this part of the archive serves, each declared once: the rows it reaches, and their order. */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@Singleton
public class ShipRepository {

    public static final Relation<ShipCommand> SHIP_COMMANDS = Relation.children(ShipCommand.class, "person_id", Order.ARTICLE)
            .serves(Person.class, "shipCommands");

    public static final Relation<Ship> FACTION_SHIPS = Relation.children(Ship.class, "faction_id", Order.NAME)
            .serves(Faction.class, "ships");

    public static final Relation<Ship> EMPIRE_SHIPS = Relation.children(Ship.class, "empire_id", Order.NAME)
            .serves(Empire.class, "ships");

    public static final Relation<ShipCommand> COMMANDERS = Relation.children(ShipCommand.class, "ship_id", Order.ARTICLE)
            .serves(Ship.class, "commanders");

    public static final Relation<Ship> SHIPS_OF_CLASS = Relation.children(Ship.class, "ship_class_id", Order.NAME)
            .serves(ShipClass.class, "ships");

    public static final Relation<Ship> RENAMED_FROM = Relation.children(Ship.class, "renamed_to_id", Order.ARTICLE);
}
