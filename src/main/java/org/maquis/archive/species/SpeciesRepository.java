package org.maquis.archive.species;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;
import org.maquis.archive.person.Person;

/**
 * The species' rows: the relations this part of the archive serves, each declared once (the rows it reaches, and
 * their order), and the lookups of its writes, through Panache.
 */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@ApplicationScoped
public class SpeciesRepository implements PanacheRepositoryBase<Species, Long> {

    public static final Relation<Person> PEOPLE = Relation.children(Person.class, "species_id", Order.NAME)
            .serves(Species.class, "people");

    /** The species {@code id} names, at the {@code version} the caller read; a user error on {@code field} otherwise. */
    public Uni<Species> atVersion(String field, String id, Integer version) {
        return Uni.createFrom().item(() -> Edits.rowId(Species.class, field, id)).chain(this::findById)
                .map(found -> Edits.atVersion(Species.class, field, id, found, version));
    }
}
