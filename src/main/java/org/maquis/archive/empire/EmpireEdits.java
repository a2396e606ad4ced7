package org.maquis.archive.empire;

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
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.EntryInput;

/**
 * The empires' mutations: each maps its input to an {@link EmpireService} operation and its result to a payload
 * (deleting any record is `deleteRecord`).
 */
@GraphQLApi
public class EmpireEdits {

    @Inject
    Archivists archivists;

    @Inject
    EmpireService empires;

    @Input("CreateEmpireInput")
    @Description("An empire to add. The slug is made from the name.")
    public static class CreateInput extends EntryInput {
        @NonNull @Description("Empire or federation.") public EmpireKind kind;
        @Description("When it collapsed, if it did.") public ApproximateDateInput collapsed;
    }

    @Input("UpdateEmpireInput")
    @Description("Changes to an empire: fields left out or null stay as they are; `clear` empties optional ones.")
    public static class UpdateInput extends EntryChanges {
        @Description("A new value. Empire or federation.") public EmpireKind kind;
        @Description("A new value. When it collapsed, if it did.") public ApproximateDateInput collapsed;
        @Description("Optional fields to empty.") public List<@NonNull EmpireField> clear;
    }

    @Description("An optional field of an empire that an update can empty.")
    public enum EmpireField {
        @Description("`collapsed`.") COLLAPSED
    }

    @Description("What a mutation of an empire did: it as it now is, or what was wrong (then nothing changed).")
    public record EmpirePayload(@Description("The empire as stored after the mutation; null when it changed nothing.") Empire empire,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds an empire. Needs the archivist role.")
    public Uni<@NonNull EmpirePayload> createEmpire(@NonNull @Description("What to add.") CreateInput input) {
        return archivists.edit("createEmpire", edit -> empires.create(edit, input), EmpirePayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes an empire, at the version last read. Needs the archivist role.")
    public Uni<@NonNull EmpirePayload> updateEmpire(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.edit("updateEmpire", edit -> empires.update(edit, input), EmpirePayload::new);
    }
}
