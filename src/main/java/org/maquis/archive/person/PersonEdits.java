package org.maquis.archive.person;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.lore.Entries;
import org.maquis.archive.event.Event;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.person.PersonInputs.PersonField;
import org.maquis.archive.place.Place;
import org.maquis.archive.species.Species;

/** Adding and changing people. Deleting any record is {@code deleteRecord} (RecordEdits). */
@GraphQLApi
public class PersonEdits {

    private final Archivists archivists;

    public PersonEdits(Archivists archivists) {
        this.archivists = archivists;
    }

    @Mutation
    @NonNull
    @Description("Adds a person. Needs the archivist role.")
    public Uni<@NonNull PersonPayload> createPerson(@NonNull @Description("The person to add.") PersonInputs.Create input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "createPerson", session -> {
            Person person = new Person();
            input.applyTo(person).text("title", input.title, Checks.SHORT, false).date("died", input.died).orRefuse();
            person.title = Checks.strip(input.title);
            person.died = input.died == null ? null : input.died.toDate();
            return references(session, person, input.species, input.homeworld, input.deathPlace, input.killedIn)
                    .chain(() -> Entries.create(session, person));
        }), PersonPayload::new, PersonPayload::new));
    }

    @Mutation
    @NonNull
    @Description("Changes a person, at the version last read. Needs the archivist role.")
    public Uni<@NonNull PersonPayload> updatePerson(@NonNull @Description("The person and what changes.") PersonInputs.Update input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "updatePerson", session -> {
            List<PersonField> clear = input.clear == null ? List.of() : input.clear;
            input.check().text("title", input.title, Checks.SHORT, false).date("died", input.died)
                    .that(input.title == null || !clear.contains(PersonField.TITLE), "clear", "`title` is both given and cleared.")
                    .that(input.died == null || !clear.contains(PersonField.DIED), "clear", "`died` is both given and cleared.")
                    .orRefuse();
            return Edits.read(session, Person.class, "id", input.id, input.version).chain(person -> {
                boolean renamed = input.applyTo(person);
                if (input.title != null || clear.contains(PersonField.TITLE)) {
                    person.title = Checks.strip(input.title);
                }
                if (input.died != null || clear.contains(PersonField.DIED)) {
                    person.died = input.died == null ? null : input.died.toDate();
                }
                clearReferences(person, clear);
                return references(session, person, input.species, input.homeworld, input.deathPlace, input.killedIn)
                        .chain(() -> Entries.followName(session, person, renamed))
                        .chain(() -> Edits.update(session, person));
            });
        }), PersonPayload::new, PersonPayload::new));
    }

    private static void clearReferences(Person person, List<PersonField> clear) {
        if (clear.contains(PersonField.SPECIES)) {
            person.speciesId = null;
        }
        if (clear.contains(PersonField.HOMEWORLD)) {
            person.homeworldId = null;
        }
        if (clear.contains(PersonField.DEATH_PLACE)) {
            person.deathPlaceId = null;
        }
        if (clear.contains(PersonField.KILLED_IN)) {
            person.killedInId = null;
        }
    }

    /** Points the person at what the given ids name, each checked to exist and be of the right type. */
    private static Uni<Void> references(Mutiny.StatelessSession session, Person person, String species, String homeworld,
            String deathPlace, String killedIn) {
        return Uni.createFrom().voidItem()
                .chain(() -> Edits.point(session, Species.class, "species", species, r -> person.speciesId = r.rowId))
                .chain(() -> Edits.point(session, Place.class, "homeworld", homeworld, r -> person.homeworldId = r.rowId))
                .chain(() -> Edits.point(session, Place.class, "deathPlace", deathPlace, r -> person.deathPlaceId = r.rowId))
                .chain(() -> Edits.point(session, Event.class, "killedIn", killedIn, r -> person.killedInId = r.rowId));
    }
}
