package org.maquis.archive.empire;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.data.Edits;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;

/**
 * The empires' rows: the relations this part of the archive serves, each declared once (the rows it reaches, and
 * their order), and the lookups of its writes, through Panache.
 */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@ApplicationScoped
public class EmpireRepository implements PanacheRepositoryBase<Empire, Long> {

    public static final Relation<Faction> SERVED_BY = Relation.children(Faction.class, "serves_empire_id", Order.NAME)
            .serves(Empire.class, "servedBy");

    public static final Relation<Alliance> ALLIANCES = Relation.eitherSide(Alliance.class, "empire_id", "ally_id", Order.SORT_DATE)
            .serves(Empire.class, "alliances");

    /** The empire {@code id} names, at the {@code version} the caller read; a user error on {@code field} otherwise. */
    public Uni<Empire> atVersion(String field, String id, Integer version) {
        return Uni.createFrom().item(() -> Edits.rowId(Empire.class, field, id)).chain(this::findById)
                .map(found -> Edits.atVersion(Empire.class, field, id, found, version));
    }
}
