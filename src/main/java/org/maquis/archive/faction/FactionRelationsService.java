package org.maquis.archive.faction;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.data.Edit;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Lock;
import org.maquis.archive.data.Writes;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.lore.Hierarchies;
import org.maquis.archive.lore.Links;
import org.maquis.archive.person.Person;
import org.maquis.archive.errors.UserError;
import jakarta.inject.Inject;

/**
 * How factions came to be, each operation one transaction, signed for the history ({@link Writes#sign}): a founder
 * and an older faction whose members formed a newer one, added and removed. Each gives both ends of the link.
 */
@ApplicationScoped
public class FactionRelationsService {

    /** The two ends of a link that is not a node: what its payload gives. */
    public record Ends<A, B>(A one, B other) {
    }

    @Inject
    FactionRepository factions;

    /** Adds a founder of a faction, a person of its universe, once. */
    @WithTransaction
    public Uni<Ends<Faction, Person>> addFounder(Edit edit, FactionRelationsEdits.FounderInput input) {
        // The faction is locked until the founder is added: additions of its founders take turns, the later one
        // seeing what the earlier added.
        return Writes.sign(edit).chain(() -> Panache.getSession()).chain(session ->
                Edits.referenced(session, Faction.class, "faction", input.faction, Lock.NO_KEY_UPDATE)
                        .chain(faction -> Edits.referenced(session, Person.class, "person", input.person).chain(person -> {
                            Links.sameUniverse("person", faction, person);
                            FactionFounder founder = new FactionFounder();
                            founder.factionId = faction.rowId;
                            founder.personId = person.rowId;
                            return Links.unlessLinked(session, "faction_founder", "faction_id", faction.rowId, "person_id", person.rowId,
                                            "person", person.name + " is already a founder of " + faction.name + ".")
                                    .chain(() -> factions.add(founder))
                                    .replaceWith(new Ends<>(faction, person));
                        })));
    }

    /** Adds an older faction whose members formed a newer one, both of one universe, unless it closes a loop. */
    @WithTransaction
    public Uni<Ends<Faction, Faction>> addOrigin(Edit edit, FactionRelationsEdits.OriginInput input) {
        return Writes.sign(edit).chain(() -> Panache.getSession()).chain(session ->
                Edits.referenced(session, Faction.class, "faction", input.faction)
                        .chain(faction -> Edits.referenced(session, Faction.class, "formedFrom", input.formedFrom).chain(older -> {
                            if (older.rowId.equals(faction.rowId)) {
                                throw new Refused(UserError.badInput("formedFrom", "A faction is not formed from itself."));
                            }
                            Links.sameUniverse("formedFrom", faction, older);
                            FactionOrigin origin = new FactionOrigin();
                            origin.factionId = faction.rowId;
                            origin.formedFromId = older.rowId;
                            // The origins' lock (taken here) makes additions of origins take turns: the later one sees
                            // the earlier's link, whether the same or one that would close a loop.
                            return Hierarchies.unlessOriginLoop(session, faction.rowId, older.rowId, "formedFrom",
                                            o -> faction.name + " cannot be formed from " + o + ": " + o + " was formed from "
                                                    + faction.name + ", directly or through other factions.")
                                    .chain(() -> Links.unlessLinked(session, "faction_origin", "faction_id", faction.rowId, "formed_from_id", older.rowId,
                                            "formedFrom", faction.name + " is already recorded as formed from " + older.name + "."))
                                    .chain(() -> factions.add(origin))
                                    .replaceWith(new Ends<>(faction, older));
                        })));
    }

    /** Removes a person from a faction's founders; NOT_FOUND when they are not among them. */
    @WithTransaction
    public Uni<Ends<Faction, Person>> removeFounder(Edit edit, FactionRelationsEdits.FounderInput input) {
        return Writes.sign(edit).chain(() -> Panache.getSession()).chain(session ->
                Edits.referenced(session, Faction.class, "faction", input.faction)
                        .chain(faction -> Edits.referenced(session, Person.class, "person", input.person).chain(person ->
                                Links.unlink(session, "faction_founder", "faction_id", faction.rowId, "person_id", person.rowId,
                                                "person", person.name + " is not a founder of " + faction.name + ".")
                                        .replaceWith(new Ends<>(faction, person)))));
    }

    /** Removes an older faction from those a newer one was formed from; NOT_FOUND when it is not among them. */
    @WithTransaction
    public Uni<Ends<Faction, Faction>> removeOrigin(Edit edit, FactionRelationsEdits.OriginInput input) {
        return Writes.sign(edit).chain(() -> Panache.getSession()).chain(session ->
                Edits.referenced(session, Faction.class, "faction", input.faction)
                        .chain(faction -> Edits.referenced(session, Faction.class, "formedFrom", input.formedFrom).chain(older ->
                                Links.unlink(session, "faction_origin", "faction_id", faction.rowId, "formed_from_id", older.rowId,
                                                "formedFrom", faction.name + " is not recorded as formed from " + older.name + ".")
                                        .replaceWith(new Ends<>(faction, older)))));
    }
}
