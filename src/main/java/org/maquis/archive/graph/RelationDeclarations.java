package org.maquis.archive.graph;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.maquis.archive.cell.CellRepository;
import org.maquis.archive.empire.EmpireRepository;
import org.maquis.archive.event.EventRepository;
import org.maquis.archive.faction.FactionRepository;
import org.maquis.archive.person.PersonRepository;
import org.maquis.archive.place.PlaceRepository;
import org.maquis.archive.ship.ShipRepository;
import org.maquis.archive.species.SpeciesRepository;

/**
 * Loads the classes that declare the archive's relations at start-up: a relation is known by the field that serves
 * it ({@link Relation#serves}) once its class is loaded, and a root lookup must know it from the first request on.
 */
@ApplicationScoped
class RelationDeclarations {

    /** Every class of the parts of the archive that declares relations. */
    static final List<Class<?>> ALL = List.of(CellRepository.class, EmpireRepository.class, EventRepository.class,
            FactionRepository.class, PersonRepository.class, PlaceRepository.class, ShipRepository.class,
            SpeciesRepository.class);

    void load(@Observes StartupEvent event) throws ClassNotFoundException {
        for (Class<?> declaring : ALL) {
            Class.forName(declaring.getName(), true, declaring.getClassLoader());
        }
    }
}
