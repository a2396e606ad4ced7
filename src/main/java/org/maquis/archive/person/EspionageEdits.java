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
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.TermChanges;

/**
 * Spy assignments, added and changed: a person set to spy on a faction, for an empire, on someone's orders. Each
 * mutation maps its input to a {@link PersonService} operation and its result to a payload.
 */
@GraphQLApi
public class EspionageEdits {

    @Inject
    Archivists archivists;

    @Inject
    PersonService people;

    @Input("AddSpyAssignmentInput")
    @Description("A person set to spy on a faction, for an empire, all of one universe, and when.")
    public static class AddInput {
        @NonNull @Id @Description("The id of the spy.") public String spy;
        @NonNull @Id @Description("The id of the faction spied on.") public String target;
        @NonNull @Id @Description("The id of the empire the spy worked for.") public String onBehalfOf;
        @Id @Description("The id of the person who ordered it, if the source says; not the spy.") public String orderedBy;
        @Description("When the spying began, if the source says.") public ApproximateDateInput from;
        @Description("When it ended, if it did.") public ApproximateDateInput to;
    }

    @Input("UpdateSpyAssignmentInput")
    @Description("Changes to a spy assignment: fields left out stay as they are; `clear` empties its dates.")
    public static class UpdateSpyAssignmentInput extends TermChanges {
    }

    @Description("What adding a spy assignment did: the assignment, or what was wrong (then nothing changed).")
    public record SpyAssignmentPayload(@Description("The spy assignment as stored; null when nothing changed.") SpyAssignment spyAssignment,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds a spy assignment: the spy, the faction spied on, the empire served and who ordered it, all of one "
            + "universe. Needs the archivist role.")
    public Uni<@NonNull SpyAssignmentPayload> addSpyAssignment(@NonNull @Description("The spy, the target, for whom and when.") AddInput input) {
        return archivists.edit("addSpyAssignment", edit -> people.assignSpy(edit, input), SpyAssignmentPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes a spy assignment, at the version last read. Needs the archivist role.")
    public Uni<@NonNull SpyAssignmentPayload> updateSpyAssignment(@NonNull @Description("What changes.") UpdateSpyAssignmentInput input) {
        return archivists.edit("updateSpyAssignment", edit -> people.updateAssignment(edit, input), SpyAssignmentPayload::new);
    }
}
