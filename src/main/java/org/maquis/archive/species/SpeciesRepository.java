package org.maquis.archive.species;

import org.maquis.archive.graph.Order;
import org.maquis.archive.graph.Relation;
import org.maquis.archive.person.Person;

/** The relations this part of the archive serves, each declared once: the rows it reaches, and their order. */
public final class SpeciesRepository {

    public static final Relation<Person> PEOPLE = Relation.children(Person.class, "species_id", Order.NAME)
            .serves(Species.class, "people");

    private SpeciesRepository() {
    }
}
