package org.maquis.archive.person;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.data.Edits;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.relay.UserError;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.Links;
import org.maquis.archive.data.Lock;

/**
 * Marriages, added. A marriage is stored once, the smaller row key first (the table's rule), so either spouse
 * may be named first. It is not a node: the payload gives both people.
 */
@GraphQLApi
public class MarriageEdits {

    private final Archivists archivists;

    public MarriageEdits(Archivists archivists) {
        this.archivists = archivists;
    }

    @Input("MarriageInput")
    @Description("Two people of one universe married to each other, named in either order.")
    public static class SpousesInput {
        @NonNull @Id @Description("The id of one spouse.") public String person;
        @NonNull @Id @Description("The id of the other.") public String spouse;
    }

    @Description("What adding a marriage did: both spouses, or what was wrong (then nothing changed).")
    public static class MarriagePayload extends Payload {
        @Description("The person named first, with the other among their `spouses`; null when nothing changed.") public final Person person;
        @Description("The other spouse; null when nothing changed.") public final Person spouse;

        MarriagePayload(Person person, Person spouse) {
            this.person = person;
            this.spouse = spouse;
        }

        MarriagePayload(List<UserError> userErrors) {
            super(userErrors);
            this.person = null;
            this.spouse = null;
        }
    }

    private record Spouses(Person person, Person spouse) {
    }

    @Mutation
    @NonNull
    @Description("Adds a marriage between two people of one universe. Needs the archivist role.")
    public Uni<@NonNull MarriagePayload> addMarriage(@NonNull @Description("The two spouses.") SpousesInput input) {
        // The spouse with the smaller row key, the one the marriage is stored under, is locked until it is added:
        // additions of the same marriage take turns, whichever order they name the two in.
        boolean personFirst = Links.storedUnderFirst(Person.class, input.person, input.spouse);
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "addMarriage", session ->
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
                            return Links.unlessLinked(session, "marriage", "person_id", marriage.personId, "spouse_id", marriage.spouseId,
                                            "spouse", person.name + " and " + spouse.name + " are already married.")
                                    .chain(() -> Edits.create(session, marriage))
                                    .replaceWith(new Spouses(person, spouse));
                        }))),
                s -> new MarriagePayload(s.person(), s.spouse()), MarriagePayload::new));
    }

    @Mutation
    @NonNull
    @Description("Removes a marriage between two people, named in either order. Needs the archivist role.")
    public Uni<@NonNull MarriagePayload> removeMarriage(@NonNull @Description("The two spouses.") SpousesInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "removeMarriage", session ->
                Edits.referenced(session, Person.class, "person", input.person)
                        .chain(person -> Edits.referenced(session, Person.class, "spouse", input.spouse).chain(spouse ->
                                Links.unlink(session, "marriage", "person_id", Math.min(person.rowId, spouse.rowId),
                                                "spouse_id", Math.max(person.rowId, spouse.rowId),
                                                "spouse", person.name + " and " + spouse.name + " are not recorded as married.")
                                        .replaceWith(new Spouses(person, spouse))))),
                s -> new MarriagePayload(s.person(), s.spouse()), MarriagePayload::new));
    }
}
