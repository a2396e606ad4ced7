package org.maquis.archive.species;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;
import org.maquis.archive.person.Person;

/** The relations this part of the archive serves, each declared once: the rows it reaches, and their order. */
@Startup // loaded with the application, so that the relations it declares are known from the first request on
@Singleton
public class SpeciesRepository {

    public static final Relation<Person> PEOPLE = Relation.children(Person.class, "species_id", Order.NAME)
            .serves(Species.class, "people");
}
