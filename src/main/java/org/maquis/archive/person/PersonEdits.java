package org.maquis.archive.person;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.security.Archivists;

/**
 * Adding and changing people: each mutation maps its input to a {@link PersonService} operation and its result to a
 * payload. Deleting any record is {@code deleteRecord} (RecordEdits).
 */
@GraphQLApi
public class PersonEdits {

    @Inject
    Archivists archivists;

    @Inject
    PersonService people;

    @Mutation
    @NonNull
    @Description("Adds a person. Needs the archivist role.")
    public Uni<@NonNull PersonPayload> createPerson(@NonNull @Description("The person to add.") PersonInputs.Create input) {
        return archivists.edit("createPerson", edit -> people.create(edit, input), PersonPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes a person, at the version last read. Needs the archivist role.")
    public Uni<@NonNull PersonPayload> updatePerson(@NonNull @Description("The person and what changes.") PersonInputs.Update input) {
        return archivists.edit("updatePerson", edit -> people.update(edit, input), PersonPayload::new);
    }
}
