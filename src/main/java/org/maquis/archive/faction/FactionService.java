package org.maquis.archive.faction;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.data.Edit;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Writes;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.FactionEdits.FactionField;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Entries;
import org.maquis.archive.lore.Hierarchies;
import org.maquis.archive.person.Person;
import org.maquis.archive.place.Place;
import org.maquis.archive.ship.Ship;

/**
 * What archivists do to factions, each operation one transaction: the input checked, the rows read and written
 * through {@link FactionRepository}, the history signed ({@link Writes#sign}). {@code @Version} checks that an
 * update writes the version it read. A user error is thrown as {@code Refused} and rolls everything back.
 */
@ApplicationScoped
public class FactionService {

    @Inject
    FactionRepository factions;

    /** Adds a faction at version 1, with the slug of its name, pointing at what the input's ids name. */
    @WithTransaction
    public Uni<Faction> create(Edit edit, FactionEdits.CreateInput input) {
        return Writes.sign(edit).chain(() -> {
            Faction faction = new Faction();
            input.applyTo(faction).text("primaryMissions", input.primaryMissions, Checks.DESCRIPTION, false).date("founded", input.founded).orRefuse();
            faction.kind = input.kind;
            faction.primaryMissions = Checks.strip(input.primaryMissions);
            faction.founded = input.founded == null ? null : input.founded.toDate();
            faction.version = 1;
            return Panache.getSession().chain(session -> references(session, faction, input.headquarters, input.counterpart,
                            input.partOf, input.serves, input.allegiance, input.flagship)
                    .chain(() -> Entries.giveSlug(session, faction)))
                    .chain(() -> factions.persist(faction));
        });
    }

    /**
     * Changes a faction at the version the archivist read; its slug follows a new name or universe. A faction is not
     * part of itself, nor its own counterpart, and its new {@code partOf} must not close a loop.
     */
    @WithTransaction
    public Uni<Faction> update(Edit edit, FactionEdits.UpdateInput input) {
        return Writes.sign(edit).chain(() -> {
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
            return factions.atVersion("id", input.id, input.version).chain(faction -> {
                boolean renamed = input.applyTo(faction);
                Long partOf = faction.partOfFactionId;
                apply(input, clear, faction);
                return Panache.getSession().chain(session -> references(session, faction, input.headquarters, input.counterpart,
                                input.partOf, input.serves, input.allegiance, input.flagship)
                        .invoke(() -> {
                            Hierarchies.notItself("partOf", faction.rowId, faction.partOfFactionId, "A faction is not part of itself.");
                            Hierarchies.notItself("counterpart", faction.rowId, faction.counterpartId, "A faction is not its own counterpart.");
                        })
                        .chain(() -> Hierarchies.unlessLoop(session, "faction", "part_of_faction_id", faction.rowId, partOf,
                                faction.partOfFactionId, "partOf", f -> faction.name + " cannot be part of " + f + ": " + f
                                        + " is part of " + faction.name + ", directly or through other factions."))
                        .chain(() -> Entries.followName(session, faction, renamed)))
                        .replaceWith(faction);
            });
        });
    }

    /** Sets the faction's own fields the input gives, and empties those it clears. */
    private static void apply(FactionEdits.UpdateInput input, List<FactionField> clear, Faction faction) {
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
    }

    /** Points the faction at what the given ids name, each checked to exist and be of the right type. */
    private static Uni<Void> references(Mutiny.Session session, Faction faction, String headquarters, String counterpart, String partOf, String serves, String allegiance, String flagship) {
        return Uni.createFrom().voidItem()
                .chain(() -> Edits.point(session, Place.class, "headquarters", headquarters, r -> faction.headquartersId = r.rowId))
                .chain(() -> Edits.point(session, Faction.class, "counterpart", counterpart, r -> faction.counterpartId = r.rowId))
                .chain(() -> Edits.point(session, Faction.class, "partOf", partOf, r -> faction.partOfFactionId = r.rowId))
                .chain(() -> Edits.point(session, Empire.class, "serves", serves, r -> faction.servesEmpireId = r.rowId))
                .chain(() -> Edits.point(session, Person.class, "allegiance", allegiance, r -> faction.allegianceId = r.rowId))
                .chain(() -> Edits.point(session, Ship.class, "flagship", flagship, r -> faction.flagshipId = r.rowId));
    }
}
