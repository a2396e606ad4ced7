package org.maquis.archive.person;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.cell.Cell;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;

/**
 * The people's rows: the relations this part of the archive serves, each declared once (the rows it reaches, and
 * their order), and the lookups of its writes, through Panache.
 */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, Long> {

    public static final Relation<SpyAssignment> SPY_ASSIGNMENTS = Relation.children(SpyAssignment.class, "spy_id", Order.SORT_DATE)
            .serves(Person.class, "spyAssignments");

    public static final Relation<SpyAssignment> SPY_ASSIGNMENTS_ORDERED = Relation.children(SpyAssignment.class, "ordered_by_id", Order.SORT_DATE)
            .serves(Person.class, "spyAssignmentsOrdered");

    public static final Relation<Cell> LEADS = Relation.through("cell_leader", "person_id", "cell_id", Cell.class, Order.NAME);

    /** Marriages are stored once per couple: each spouse is the other side of the row. */
    public static final Relation<Person> SPOUSES = Relation.otherSide("marriage", "person_id", "spouse_id", Person.class, Order.NAME)
            .serves(Person.class, "spouses");

    /** The person {@code id} names, at the {@code version} the caller read; a user error on {@code field} otherwise. */
    public Uni<Person> atVersion(String field, String id, Integer version) {
        return Uni.createFrom().item(() -> Edits.rowId(Person.class, field, id)).chain(this::findById)
                .map(found -> Edits.atVersion(Person.class, field, id, found, version));
    }
}
