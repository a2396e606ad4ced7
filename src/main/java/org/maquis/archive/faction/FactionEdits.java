package org.maquis.archive.faction;

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
import org.maquis.archive.empire.Empire;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.data.Edits;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.relay.UserError;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.EntryInput;
import org.maquis.archive.person.Person;
import org.maquis.archive.place.Place;
import org.maquis.archive.ship.Ship;
import org.maquis.archive.lore.Hierarchies;

/** Adding and changing factions (deleting any record is `deleteRecord`). */
@GraphQLApi
public class FactionEdits {

    private final Archivists archivists;

    public FactionEdits(Archivists archivists) {
        this.archivists = archivists;
    }

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
    public static class FactionPayload extends Payload {
        @Description("The faction as stored after the mutation; null when it changed nothing.") public final Faction faction;

        FactionPayload(Faction faction) {
            this.faction = faction;
        }

        FactionPayload(List<UserError> userErrors) {
            super(userErrors);
            this.faction = null;
        }
    }

    @Mutation
    @NonNull
    @Description("Adds a faction. Needs the archivist role.")
    public Uni<@NonNull FactionPayload> createFaction(@NonNull @Description("What to add.") CreateInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "createFaction", session -> {
            Faction faction = new Faction();
            input.applyTo(faction).text("primaryMissions", input.primaryMissions, Checks.DESCRIPTION, false).date("founded", input.founded).orRefuse();
            faction.kind = input.kind;
            faction.primaryMissions = Checks.strip(input.primaryMissions);
            faction.founded = input.founded == null ? null : input.founded.toDate();
            return references(session, faction, input.headquarters, input.counterpart, input.partOf, input.serves, input.allegiance, input.flagship)
                    .chain(() -> Entries.create(session, faction));
        }), FactionPayload::new, FactionPayload::new));
    }

    @Mutation
    @NonNull
    @Description("Changes a faction, at the version last read. Needs the archivist role.")
    public Uni<@NonNull FactionPayload> updateFaction(@NonNull @Description("What changes.") UpdateInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "updateFaction", session -> {
            List<FactionField> clear = input.clear == null ? List.of() : input.clear;
            input.check().text("primaryMissions", input.primaryMissions, Checks.DESCRIPTION, false).date("founded", input.founded)
                    .that(input.primaryMissions == null || !clear.contains(FactionField.PRIMARY_MISSIONS), "clear", "`primaryMissions` is both given and cleared.")
                    .that(input.founded == null || !clear.contains(FactionField.FOUNDED), "clear", "`founded` is both given and cleared.")
                    .that(input.headquarters == null || !clear.contains(FactionField.HEADQUARTERS), "clear", "`headquarters` is both given and cleared.")
                    .that(input.counterpart == null || !clear.contains(FactionField.COUNTERPART), "clear", "`counterpart` is both given and cleared.")
                    .that(input.partOf == null || !clear.contains(FactionField.PART_OF), "clear", "`partOf` is both given and cleared.")
                    .that(input.serves == null || !clear.contains(FactionField.SERVES), "clear", "`serves` is both given and cleared.")
                    .that(input.allegiance == null || !clear.contains(FactionField.ALLEGIANCE), "clear", "`allegiance` is both given and cleared.")
                    .that(input.flagship == null || !clear.contains(FactionField.FLAGSHIP), "clear", "`flagship` is both given and cleared.").orRefuse();
            return Edits.read(session, Faction.class, "id", input.id, input.version).chain(faction -> {
                boolean renamed = input.applyTo(faction);
                Long partOf = faction.partOfFactionId;
                if (input.kind != null) {
                    faction.kind = input.kind;
                }
                if (input.primaryMissions != null || clear.contains(FactionField.PRIMARY_MISSIONS)) {
                    faction.primaryMissions = Checks.strip(input.primaryMissions);
                }
                if (input.founded != null || clear.contains(FactionField.FOUNDED)) {
                    faction.founded = input.founded == null ? null : input.founded.toDate();
                }
                if (clear.contains(FactionField.HEADQUARTERS)) {
                    faction.headquartersId = null;
                }
                if (clear.contains(FactionField.COUNTERPART)) {
                    faction.counterpartId = null;
                }
                if (clear.contains(FactionField.PART_OF)) {
                    faction.partOfFactionId = null;
                }
                if (clear.contains(FactionField.SERVES)) {
                    faction.servesEmpireId = null;
                }
                if (clear.contains(FactionField.ALLEGIANCE)) {
                    faction.allegianceId = null;
                }
                if (clear.contains(FactionField.FLAGSHIP)) {
                    faction.flagshipId = null;
                }
                return references(session, faction, input.headquarters, input.counterpart, input.partOf, input.serves, input.allegiance, input.flagship)
                        .invoke(() -> {
                            Hierarchies.notItself("partOf", faction.rowId, faction.partOfFactionId, "A faction is not part of itself.");
                            Hierarchies.notItself("counterpart", faction.rowId, faction.counterpartId, "A faction is not its own counterpart.");
                        })
                        .chain(() -> Hierarchies.unlessLoop(session, "faction", "part_of_faction_id", faction.rowId, partOf,
                                faction.partOfFactionId, "partOf", f -> faction.name + " cannot be part of " + f + ": " + f
                                        + " is part of " + faction.name + ", directly or through other factions."))
                        .chain(() -> Entries.followName(session, faction, renamed))
                        .chain(() -> Edits.update(session, faction));
            });
        }), FactionPayload::new, FactionPayload::new));
    }

    /** Points the faction at what the given ids name, each checked to exist and be of the right type. */
    private static Uni<Void> references(Mutiny.StatelessSession session, Faction faction, String headquarters, String counterpart, String partOf, String serves, String allegiance, String flagship) {
        return Uni.createFrom().voidItem()
                .chain(() -> Edits.point(session, Place.class, "headquarters", headquarters, r -> faction.headquartersId = r.rowId))
                .chain(() -> Edits.point(session, Faction.class, "counterpart", counterpart, r -> faction.counterpartId = r.rowId))
                .chain(() -> Edits.point(session, Faction.class, "partOf", partOf, r -> faction.partOfFactionId = r.rowId))
                .chain(() -> Edits.point(session, Empire.class, "serves", serves, r -> faction.servesEmpireId = r.rowId))
                .chain(() -> Edits.point(session, Person.class, "allegiance", allegiance, r -> faction.allegianceId = r.rowId))
                .chain(() -> Edits.point(session, Ship.class, "flagship", flagship, r -> faction.flagshipId = r.rowId));
    }
}