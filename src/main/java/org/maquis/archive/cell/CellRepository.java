package org.maquis.archive.cell;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;
import org.maquis.archive.person.Person;

/** The relations this part of the archive serves, each declared once: the rows it reaches, and their order. */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@Singleton
public class CellRepository {

    public static final Relation<CellLeadership> LEADERS = Relation.children(CellLeadership.class, "cell_id", Order.SORT_DATE)
            .serves(Cell.class, "leaders");

    public static final Relation<CellLeadership> CELL_LEADERSHIPS = Relation.children(CellLeadership.class, "person_id", Order.SORT_DATE)
            .serves(Person.class, "cellLeaderships");

    public static final Relation<Cell> CELLS = Relation.children(Cell.class, "faction_id", Order.NAME)
            .serves(Faction.class, "cells");
}
