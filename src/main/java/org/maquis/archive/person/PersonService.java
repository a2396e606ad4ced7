package org.maquis.archive.person;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.data.Edit;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Lock;
import org.maquis.archive.data.Writes;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.event.Event;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Entries;
import org.maquis.archive.lore.Links;
import org.maquis.archive.lore.TermChanges;
import org.maquis.archive.person.EspionageEdits.AddInput;
import org.maquis.archive.person.MarriageEdits.SpousesInput;
import org.maquis.archive.person.PersonInputs.PersonField;
import org.maquis.archive.place.Place;
import org.maquis.archive.errors.UserError;
import org.maquis.archive.species.Species;

/**
 * What archivists do to people, their marriages and their spy assignments, each operation one transaction: the input
 * checked, the rows read (and locked where a rule needs it) and written through the part's repositories, the history
 * signed ({@link Writes#sign}). {@code @Version} checks that an update writes the version it read. A user error is
 * thrown as {@code Refused} and rolls everything back.
 */
@ApplicationScoped
public class PersonService {

    /** The two spouses of a marriage, as the mutation named them. */
    public record Spouses(Person person, Person spouse) {
    }

    @Inject
    PersonRepository people;

    @Inject
    MarriageRepository marriages;

    @Inject
    SpyAssignmentRepository assignments;

    /** Adds a person at version 1, with the slug of its name, pointing at what the input names. */
    @WithTransaction
    public Uni<Person> create(Edit edit, PersonInputs.Create input) {
        return Writes.sign(edit).chain(() -> {
            Person person = new Person();
            input.applyTo(person).text("title", input.title, Checks.SHORT, false).date("died", input.died).orRefuse();
            person.title = Checks.strip(input.title);
            person.died = input.died == null ? null : input.died.toDate();
            person.version = 1;
            return Panache.getSession().chain(session -> references(session, person, input.species, input.homeworld,
                            input.deathPlace, input.killedIn)
                    .chain(() -> Entries.giveSlug(session, person)))
                    .chain(() -> people.persist(person));
        });
    }

    /** Changes a person at the version the archivist read; its slug follows a new name or universe. */
    @WithTransaction
    public Uni<Person> update(Edit edit, PersonInputs.Update input) {
        List<PersonField> clear = input.clear == null ? List.of() : input.clear;
        return Writes.sign(edit).chain(() -> {
            input.check().text("title", input.title, Checks.SHORT, false).date("died", input.died)
                    .that(input.title == null || !clear.contains(PersonField.TITLE), "clear", "`title` is both given and cleared.")
                    .that(input.died == null || !clear.contains(PersonField.DIED), "clear", "`died` is both given and cleared.")
                    .orRefuse();
            return people.atVersion("id", input.id, input.version);
        }).chain(person -> {
            boolean renamed = input.applyTo(person);
            if (input.title != null || clear.contains(PersonField.TITLE)) {
                person.title = Checks.strip(input.title);
            }
            if (input.died != null || clear.contains(PersonField.DIED)) {
                person.died = input.died == null ? null : input.died.toDate();
            }
            clearReferences(person, clear);
            return Panache.getSession().chain(session -> references(session, person, input.species, input.homeworld,
                            input.deathPlace, input.killedIn)
                    .chain(() -> Entries.followName(session, person, renamed)))
                    .replaceWith(person);
        });
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
    private static Uni<Void> references(Mutiny.Session session, Person person, String species, String homeworld,
            String deathPlace, String killedIn) {
        return Uni.createFrom().voidItem()
                .chain(() -> Edits.point(session, Species.class, "species", species, r -> person.speciesId = r.rowId))
                .chain(() -> Edits.point(session, Place.class, "homeworld", homeworld, r -> person.homeworldId = r.rowId))
                .chain(() -> Edits.point(session, Place.class, "deathPlace", deathPlace, r -> person.deathPlaceId = r.rowId))
                .chain(() -> Edits.point(session, Event.class, "killedIn", killedIn, r -> person.killedInId = r.rowId));
    }

    /**
     * Marries two people of one universe, stored once under the smaller row key. The spouse with the smaller row key
     * is locked until the marriage is added: additions of the same marriage take turns, whichever order they name
     * the two in.
     */
    @WithTransaction
    public Uni<Spouses> marry(Edit edit, SpousesInput input) {
        boolean personFirst = Links.storedUnderFirst(Person.class, input.person, input.spouse);
        return Writes.sign(edit).chain(() -> Panache.getSession()).chain(session ->
                Edits.referenced(session, Person.class, "person", input.person, personFirst ? Lock.NO_KEY_UPDATE : Lock.KEY_SHARE)
                        .chain(person -> Edits.referenced(session, Person.class, "spouse", input.spouse,
                                personFirst ? Lock.KEY_SHARE : Lock.NO_KEY_UPDATE).chain(spouse -> {
                            if (person.rowId.equals(spouse.rowId)) {
                                throw new Refused(UserError.badInput("spouse", "A person is not married to themselves."));
                            }
                            Links.sameUniverse("spouse", person, spouse);
                            Marriage marriage = new Marriage();
                            marriage.personId = Math.min(person.rowId, spouse.rowId);
                            marriage.spouseId = Math.max(person.rowId, spouse.rowId);
                            marriage.version = 1;
                            return Links.unlessLinked(session, "marriage", "person_id", marriage.personId, "spouse_id", marriage.spouseId,
                                            "spouse", person.name + " and " + spouse.name + " are already married.")
                                    .chain(() -> marriages.persist(marriage))
                                    .replaceWith(new Spouses(person, spouse));
                        })));
    }

    /** Removes the marriage of two people, named in either order; NOT_FOUND when they are not married. */
    @WithTransaction
    public Uni<Spouses> divorce(Edit edit, SpousesInput input) {
        return Writes.sign(edit).chain(() -> Panache.getSession()).chain(session ->
                Edits.referenced(session, Person.class, "person", input.person)
                        .chain(person -> Edits.referenced(session, Person.class, "spouse", input.spouse).chain(spouse ->
                                Links.unlink(session, "marriage", "person_id", Math.min(person.rowId, spouse.rowId),
                                                "spouse_id", Math.max(person.rowId, spouse.rowId),
                                                "spouse", person.name + " and " + spouse.name + " are not recorded as married.")
                                        .replaceWith(new Spouses(person, spouse)))));
    }

    /** Adds a spy assignment at version 1: the spy, target, empire and orderer all of one universe. */
    @WithTransaction
    public Uni<SpyAssignment> assignSpy(Edit edit, AddInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().date("from", input.from).date("to", input.to).orRefuse();
            SpyAssignment assignment = new SpyAssignment();
            assignment.from = input.from == null ? null : input.from.toDate();
            assignment.to = input.to == null ? null : input.to.toDate();
            Links.inOrder(assignment.from, assignment.to);
            return Panache.getSession().chain(session -> Edits.referenced(session, Person.class, "spy", input.spy)
                    .chain(spy -> Edits.referenced(session, Faction.class, "target", input.target)
                    .chain(target -> Edits.referenced(session, Empire.class, "onBehalfOf", input.onBehalfOf)
                    .chain(empire -> Edits.referenced(session, Person.class, "orderedBy", input.orderedBy).chain(orderer -> {
                        Links.sameUniverse("target", spy, target);
                        Links.sameUniverse("onBehalfOf", spy, empire);
                        if (orderer != null) {
                            if (orderer.rowId.equals(spy.rowId)) {
                                throw new Refused(UserError.badInput("orderedBy", "A spy is ordered by someone else."));
                            }
                            Links.sameUniverse("orderedBy", spy, orderer);
                            assignment.orderedById = orderer.rowId;
                        }
                        assignment.spyId = spy.rowId;
                        assignment.targetId = target.rowId;
                        assignment.onBehalfOfId = empire.rowId;
                        assignment.version = 1;
                        return assignments.persist(assignment);
                    })))));
        });
    }

    /** Changes a spy assignment's dates at the version the archivist read. */
    @WithTransaction
    public Uni<SpyAssignment> updateAssignment(Edit edit, TermChanges input) {
        return Writes.sign(edit).chain(() -> {
            input.check().orRefuse();
            return assignments.atVersion("id", input.id, input.version);
        }).invoke(assignment -> {
            assignment.from = input.newFrom(assignment.from);
            assignment.to = input.newTo(assignment.to, assignment.from);
        });
    }
}
