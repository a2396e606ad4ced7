package org.maquis.archive.empire;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;

/** The relations this part of the archive serves, each declared once: the rows it reaches, and their order. */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@Singleton
public class EmpireRepository {

    public static final Relation<Faction> SERVED_BY = Relation.children(Faction.class, "serves_empire_id", Order.NAME)
            .serves(Empire.class, "servedBy");

    public static final Relation<Alliance> ALLIANCES = Relation.eitherSide(Alliance.class, "empire_id", "ally_id", Order.SORT_DATE)
            .serves(Empire.class, "alliances");
}
