package org.maquis.archive.person;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.errors.UserError;

/**
 * Marriages, added. A marriage is stored once, the smaller row key first (the table's rule), so either spouse
 * may be named first. It is not a node: the payload gives both people. Each mutation maps its input to a
 * {@link PersonService} operation and its result to a payload.
 */
@GraphQLApi
public class MarriageEdits {

    @Inject
    Archivists archivists;

    @Inject
    PersonService people;

    @Input("MarriageInput")
    @Description("Two people of one universe married to each other, named in either order.")
    public static class SpousesInput {
        @NonNull @Id @Description("The id of one spouse.") public String person;
        @NonNull @Id @Description("The id of the other.") public String spouse;
    }

    @Description("What adding a marriage did: both spouses, or what was wrong (then nothing changed).")
    public record MarriagePayload(@Description("The person named first, with the other among their `spouses`; null when nothing changed.") Person person,
            @Description("The other spouse; null when nothing changed.") Person spouse,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {

        MarriagePayload(PersonService.Spouses changed) {
            this(changed.person(), changed.spouse(), List.of());
        }

        MarriagePayload(List<UserError> userErrors) {
            this(null, null, List.copyOf(userErrors));
        }
    }

    @Mutation
    @NonNull
    @Description("Adds a marriage between two people of one universe. Needs the archivist role.")
    public Uni<@NonNull MarriagePayload> addMarriage(@NonNull @Description("The two spouses.") SpousesInput input) {
        return archivists.edit("addMarriage", edit -> people.marry(edit, input), MarriagePayload::new, MarriagePayload::new);
    }

    @Mutation
    @NonNull
    @Description("Removes a marriage between two people, named in either order. Needs the archivist role.")
    public Uni<@NonNull MarriagePayload> removeMarriage(@NonNull @Description("The two spouses.") SpousesInput input) {
        return archivists.edit("removeMarriage", edit -> people.divorce(edit, input), MarriagePayload::new, MarriagePayload::new);
    }
}
