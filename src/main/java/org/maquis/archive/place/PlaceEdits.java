package org.maquis.archive.place;

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
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.EntryInput;

/**
 * Adding and changing places: each mutation maps its input to a {@link PlaceService} operation and its result to a
 * payload (deleting any record is `deleteRecord`).
 */
@GraphQLApi
public class PlaceEdits {

    @Inject
    Archivists archivists;

    @Inject
    PlaceService places;

    @Input("CreatePlaceInput")
    @Description("A place to add. The slug is made from the name.")
    public static class CreateInput extends EntryInput {
        @NonNull @Description("What sort of place it is.") public PlaceKind kind;
        @Id @Description("The id of the place it lies in.") public String locatedIn;
    }

    @Input("UpdatePlaceInput")
    @Description("Changes to a place: fields left out or null stay as they are; `clear` empties optional ones.")
    public static class UpdateInput extends EntryChanges {
        @Description("A new value. What sort of place it is.") public PlaceKind kind;
        @Id @Description("The id of a new value: the place it lies in.") public String locatedIn;
        @Description("Optional fields to empty.") public List<@NonNull PlaceField> clear;
    }

    @Description("An optional field of a place that an update can empty.")
    public enum PlaceField {
        @Description("`locatedIn`.") LOCATED_IN
    }

    @Description("What a mutation of a place did: it as it now is, or what was wrong (then nothing changed).")
    public record PlacePayload(@Description("The place as stored after the mutation; null when it changed nothing.") Place place,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds a place. Needs the archivist role.")
    public Uni<@NonNull PlacePayload> createPlace(@NonNull @Description("What to add.") CreateInput input) {
        return archivists.edit("createPlace", edit -> places.create(edit, input), PlacePayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes a place, at the version last read. Needs the archivist role.")
    public Uni<@NonNull PlacePayload> updatePlace(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.edit("updatePlace", edit -> places.update(edit, input), PlacePayload::new);
    }
}