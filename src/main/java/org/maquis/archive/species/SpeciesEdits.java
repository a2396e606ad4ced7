package org.maquis.archive.species;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.errors.UserError;
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.EntryInput;

/**
 * The species' mutations: each maps its input to a {@link SpeciesService} operation and its result to a payload
 * (deleting any record is `deleteRecord`).
 */
@GraphQLApi
public class SpeciesEdits {

    @Inject
    Archivists archivists;

    @Inject
    SpeciesService species;

    @Input("CreateSpeciesInput")
    @Description("A species to add. The slug is made from the name.")
    public static class CreateInput extends EntryInput {
    }

    @Input("UpdateSpeciesInput")
    @Description("Changes to a species: fields left out or null stay as they are; `clear` empties optional ones.")
    public static class UpdateInput extends EntryChanges {
    }

    @Description("What a mutation of a species did: it as it now is, or what was wrong (then nothing changed).")
    public record SpeciesPayload(@Description("The species as stored after the mutation; null when it changed nothing.") Species species,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds a species. Needs the archivist role.")
    public Uni<@NonNull SpeciesPayload> createSpecies(@NonNull @Description("What to add.") CreateInput input) {
        return archivists.edit("createSpecies", edit -> species.create(edit, input), SpeciesPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes a species, at the version last read. Needs the archivist role.")
    public Uni<@NonNull SpeciesPayload> updateSpecies(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.edit("updateSpecies", edit -> species.update(edit, input), SpeciesPayload::new);
    }
}
