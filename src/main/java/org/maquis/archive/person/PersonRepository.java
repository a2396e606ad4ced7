package org.maquis.archive.person;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.maquis.archive.cell.Cell;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;

/** The relations this part of the archive serves, each declared once: the rows it reaches, and their order. */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@Singleton
public class PersonRepository {

    public static final Relation<SpyAssignment> SPY_ASSIGNMENTS = Relation.children(SpyAssignment.class, "spy_id", Order.SORT_DATE)
            .serves(Person.class, "spyAssignments");

    public static final Relation<SpyAssignment> SPY_ASSIGNMENTS_ORDERED = Relation.children(SpyAssignment.class, "ordered_by_id", Order.SORT_DATE)
            .serves(Person.class, "spyAssignmentsOrdered");

    public static final Relation<Cell> LEADS = Relation.through("cell_leader", "person_id", "cell_id", Cell.class, Order.NAME);

    /** Marriages are stored once per couple: each spouse is the other side of the row. */
    public static final Relation<Person> SPOUSES = Relation.otherSide("marriage", "person_id", "spouse_id", Person.class, Order.NAME)
            .serves(Person.class, "spouses");
}
