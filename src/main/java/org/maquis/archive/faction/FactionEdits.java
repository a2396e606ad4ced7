package org.maquis.archive.faction;

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
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.EntryInput;

/**
 * Adding and changing factions: each mutation maps its input to a {@link FactionService} operation and its result
 * to a payload (deleting any record is `deleteRecord`).
 */
@GraphQLApi
public class FactionEdits {

    @Inject
    Archivists archivists;

    @Inject
    FactionService factions;

    @Input("CreateFactionInput")
    @Description("A faction to add. The slug is made from the name.")
    public static class CreateInput extends EntryInput {
        @NonNull @Description("What sort of group it is.") public FactionKind kind;
        @Description("Its primary missions, in the source's words.") public String primaryMissions;
        @Description("When it was founded.") public ApproximateDateInput founded;
        @Id @Description("The id of its headquarters.") public String headquarters;
        @Id @Description("The id of its counterpart in the other universe.") public String counterpart;
        @Id @Description("The id of the faction it is part of.") public String partOf;
        @Id @Description("The id of the empire it serves.") public String serves;
        @Id @Description("The id of the person it is loyal to.") public String allegiance;
        @Id @Description("The id of its flagship.") public String flagship;
    }

    @Input("UpdateFactionInput")
    @Description("Changes to a faction: fields left out or null stay as they are; `clear` empties optional ones.")
    public static class UpdateInput extends EntryChanges {
        @Description("A new value. What sort of group it is.") public FactionKind kind;
        @Description("A new value. Its primary missions, in the source's words.") public String primaryMissions;
        @Description("A new value. When it was founded.") public ApproximateDateInput founded;
        @Id @Description("The id of a new value: its headquarters.") public String headquarters;
        @Id @Description("The id of a new value: its counterpart in the other universe.") public String counterpart;
        @Id @Description("The id of a new value: the faction it is part of.") public String partOf;
        @Id @Description("The id of a new value: the empire it serves.") public String serves;
        @Id @Description("The id of a new value: the person it is loyal to.") public String allegiance;
        @Id @Description("The id of a new value: its flagship.") public String flagship;
        @Description("Optional fields to empty.") public List<@NonNull FactionField> clear;
    }

    @Description("An optional field of a faction that an update can empty.")
    public enum FactionField {
        @Description("`primaryMissions`.") PRIMARY_MISSIONS,
        @Description("`founded`.") FOUNDED,
        @Description("`headquarters`.") HEADQUARTERS,
        @Description("`counterpart`.") COUNTERPART,
        @Description("`partOf`.") PART_OF,
        @Description("`serves`.") SERVES,
        @Description("`allegiance`.") ALLEGIANCE,
        @Description("`flagship`.") FLAGSHIP
    }

    @Description("What a mutation of a faction did: it as it now is, or what was wrong (then nothing changed).")
    public record FactionPayload(@Description("The faction as stored after the mutation; null when it changed nothing.") Faction faction,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
    }

    @Mutation
    @NonNull
    @Description("Adds a faction. Needs the archivist role.")
    public Uni<@NonNull FactionPayload> createFaction(@NonNull @Description("What to add.") CreateInput input) {
        return archivists.edit("createFaction", edit -> factions.create(edit, input), FactionPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Changes a faction, at the version last read. Needs the archivist role.")
    public Uni<@NonNull FactionPayload> updateFaction(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.edit("updateFaction", edit -> factions.update(edit, input), FactionPayload::new);
    }
}
