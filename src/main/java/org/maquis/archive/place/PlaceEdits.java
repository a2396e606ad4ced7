package org.maquis.archive.place;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.lore.Entries;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.data.Edits;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.relay.UserError;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.EntryInput;
import org.maquis.archive.lore.Hierarchies;

/** Adding and changing places (deleting any record is `deleteRecord`). */
@GraphQLApi
public class PlaceEdits {

    private final Archivists archivists;

    public PlaceEdits(Archivists archivists) {
        this.archivists = archivists;
    }

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
    public static class PlacePayload extends Payload {
        @Description("The place as stored after the mutation; null when it changed nothing.") public final Place place;

        PlacePayload(Place place) {
            this.place = place;
        }

        PlacePayload(List<UserError> userErrors) {
            super(userErrors);
            this.place = null;
        }
    }

    @Mutation
    @NonNull
    @Description("Adds a place. Needs the archivist role.")
    public Uni<@NonNull PlacePayload> createPlace(@NonNull @Description("What to add.") CreateInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "createPlace", session -> {
            Place place = new Place();
            input.applyTo(place).orRefuse();
            place.kind = input.kind;
            return references(session, place, input.locatedIn)
                    .chain(() -> Entries.create(session, place));
        }), PlacePayload::new, PlacePayload::new));
    }

    @Mutation
    @NonNull
    @Description("Changes a place, at the version last read. Needs the archivist role.")
    public Uni<@NonNull PlacePayload> updatePlace(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "updatePlace", session -> {
            List<PlaceField> clear = input.clear == null ? List.of() : input.clear;
            input.check()
                    .that(input.locatedIn == null || !clear.contains(PlaceField.LOCATED_IN), "clear", "`locatedIn` is both given and cleared.").orRefuse();
            return Edits.read(session, Place.class, "id", input.id, input.version).chain(place -> {
                boolean renamed = input.applyTo(place);
                Long within = place.locatedInId;
                if (input.kind != null) {
                    place.kind = input.kind;
                }
                if (clear.contains(PlaceField.LOCATED_IN)) {
                    place.locatedInId = null;
                }
                return references(session, place, input.locatedIn)
                        .invoke(() -> Hierarchies.notItself("locatedIn", place.rowId, place.locatedInId, "A place does not lie within itself."))
                        .chain(() -> Hierarchies.unlessLoop(session, "place", "located_in_id", place.rowId, within, place.locatedInId,
                                "locatedIn", in -> place.name + " cannot lie within " + in + ": " + in + " lies within " + place.name
                                        + ", directly or through other places."))
                        .chain(() -> Entries.followName(session, place, renamed))
                        .chain(() -> Edits.update(session, place));
            });
        }), PlacePayload::new, PlacePayload::new));
    }

    /** Points the place at what the given ids name, each checked to exist and be of the right type. */
    private static Uni<Void> references(Mutiny.StatelessSession session, Place place, String locatedIn) {
        return Uni.createFrom().voidItem()
                .chain(() -> Edits.point(session, Place.class, "locatedIn", locatedIn, r -> place.locatedInId = r.rowId));
    }
}