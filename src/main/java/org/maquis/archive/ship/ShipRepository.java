package org.maquis.archive.ship;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.data.Edits;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;
import org.maquis.archive.person.Person;

/**
 * The ships' rows: the relations this part of the archive serves, each declared once (the rows it reaches, and
 * their order), and the lookups of its writes, through Panache.
 */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@ApplicationScoped
public class ShipRepository implements PanacheRepositoryBase<Ship, Long> {

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

    /** The ship {@code id} names, at the {@code version} the caller read; a user error on {@code field} otherwise. */
    public Uni<Ship> atVersion(String field, String id, Integer version) {
        return Uni.createFrom().item(() -> Edits.rowId(Ship.class, field, id)).chain(this::findById)
                .map(found -> Edits.atVersion(Ship.class, field, id, found, version));
    }

    /**
     * Writes {@code ship}, unchanged, at its next version, in one UPDATE that checks the version it was read at; the
     * ship is then no longer managed by {@code session}, so that commit does not write it again. Hibernate Reactive's
     * own forced increment (LockMode.PESSIMISTIC_FORCE_INCREMENT) cannot: it names the key by its field, not its column.
     */
    public Uni<Void> nextVersion(Mutiny.Session session, Ship ship) {
        return update("version = version + 1 where rowId = ?1 and version = ?2", ship.rowId, ship.version).invoke(updated -> {
            if (updated == 0) {
                throw new OptimisticLockException("Ship " + ship.rowId + " is no longer at version " + ship.version);
            }
            session.detach(ship);
            ship.version = ship.version + 1;
        }).replaceWithVoid();
    }
}
