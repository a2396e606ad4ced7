package org.maquis.archive.faction;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.maquis.archive.data.Edit;
import org.maquis.archive.data.Edits;
import org.maquis.archive.data.Lock;
import org.maquis.archive.data.Writes;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Entry;
import org.maquis.archive.lore.Links;
import org.maquis.archive.person.Person;
import org.maquis.archive.species.Species;
import jakarta.inject.Inject;

/**
 * What archivists do to the links of factions that are nodes, each operation one transaction, signed for the history
 * ({@link Writes#sign}): leaderships, memberships (of a faction or an empire), oppositions to an empire and species
 * in a faction's ranks, added and changed. Both ends of a link are of one universe; {@code @Version} checks that a
 * change writes the version it read. A user error is thrown as {@code Refused} and rolls everything back.
 */
@ApplicationScoped
public class FactionLinksService {

    @Inject
    FactionRepository factions;

    /**
     * Adds a leader of a faction, a person of its universe, with when. Unlike appointCellLeader, adding one closes
     * no other: a faction's leaderships may overlap (Marlena Moreau and Sarek led the Maquis side by side).
     */
    @WithTransaction
    public Uni<FactionLeadership> addLeader(Edit edit, FactionLeadershipEdits.AddInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().date("from", input.from).date("to", input.to).orRefuse();
            FactionLeadership leadership = new FactionLeadership();
            leadership.from = input.from == null ? null : input.from.toDate();
            leadership.to = input.to == null ? null : input.to.toDate();
            Links.inOrder(leadership.from, leadership.to);
            return Panache.getSession().chain(session -> Edits.referenced(session, Faction.class, "faction", input.faction)
                    .chain(faction -> Edits.referenced(session, Person.class, "person", input.person).chain(person -> {
                        Links.sameUniverse("person", faction, person);
                        leadership.factionId = faction.rowId;
                        leadership.personId = person.rowId;
                        return factions.add(leadership);
                    })));
        });
    }

    /** Changes when a faction leadership began or ended, at the version the archivist read. */
    @WithTransaction
    public Uni<FactionLeadership> updateLeadership(Edit edit, FactionLeadershipEdits.UpdateInput input) {
        return Writes.sign(edit).chain(() -> {
            input.check().orRefuse();
            return Panache.getSession().chain(session -> Edits.read(session, FactionLeadership.class, "id", input.id, input.version))
                    .invoke(leadership -> {
                        leadership.from = input.newFrom(leadership.from);
                        leadership.to = input.newTo(leadership.to, leadership.from);
                    });
        });
    }

    /** Adds a person's membership of a faction or an empire (exactly one) of their universe: the role and when. */
    @WithTransaction
    public Uni<Membership> addMembership(Edit edit, MembershipEdits.AddInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().text("role", input.role, Checks.ROLE, true).date("from", input.from).date("to", input.to)
                    .that((input.faction == null) != (input.empire == null), input.faction == null ? "faction" : "empire",
                            "Give exactly one of `faction` and `empire`: a membership is of one faction or one empire.")
                    .orRefuse();
            Membership membership = new Membership();
            membership.role = input.role.strip();
            membership.from = input.from == null ? null : input.from.toDate();
            membership.to = input.to == null ? null : input.to.toDate();
            Links.inOrder(membership.from, membership.to);
            return Panache.getSession().chain(session -> {
                Uni<? extends Entry> group = input.faction != null
                        ? Edits.referenced(session, Faction.class, "faction", input.faction).invoke(f -> membership.factionId = f.rowId)
                        : Edits.referenced(session, Empire.class, "empire", input.empire).invoke(e -> membership.empireId = e.rowId);
                return group.chain(of -> Edits.referenced(session, Person.class, "person", input.person).chain(person -> {
                    Links.sameUniverse("person", of, person);
                    membership.personId = person.rowId;
                    return factions.add(membership);
                }));
            });
        });
    }

    /** Changes a membership's role or dates, at the version the archivist read. */
    @WithTransaction
    public Uni<Membership> updateMembership(Edit edit, MembershipEdits.UpdateInput input) {
        return Writes.sign(edit).chain(() -> {
            input.check().text("role", input.role, Checks.ROLE, false).orRefuse();
            return Panache.getSession().chain(session -> Edits.read(session, Membership.class, "id", input.id, input.version))
                    .invoke(membership -> {
                        if (input.role != null) {
                            membership.role = input.role.strip();
                        }
                        membership.from = input.newFrom(membership.from);
                        membership.to = input.newTo(membership.to, membership.from);
                    });
        });
    }

    /** Adds a faction's stand against an empire of its universe; a faction opposes an empire once. */
    @WithTransaction
    public Uni<Opposition> addOpposition(Edit edit, OppositionEdits.AddInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().date("from", input.from).date("to", input.to).orRefuse();
            Opposition opposition = new Opposition();
            opposition.from = input.from == null ? null : input.from.toDate();
            opposition.to = input.to == null ? null : input.to.toDate();
            Links.inOrder(opposition.from, opposition.to);
            // The faction is locked until the opposition is added: its oppositions are added in turn.
            return Panache.getSession().chain(session -> Edits.referenced(session, Faction.class, "faction", input.faction, Lock.NO_KEY_UPDATE)
                    .chain(faction -> Edits.referenced(session, Empire.class, "empire", input.empire).chain(empire -> {
                        Links.sameUniverse("empire", faction, empire);
                        opposition.factionId = faction.rowId;
                        opposition.empireId = empire.rowId;
                        return Links.unlessLinked(session, "faction_opposition", "faction_id", faction.rowId, "empire_id", empire.rowId,
                                        "empire", faction.name + " already opposes " + empire.name + ": change or delete that opposition.")
                                .chain(() -> factions.add(opposition));
                    })));
        });
    }

    /** Changes an opposition's dates, at the version the archivist read. */
    @WithTransaction
    public Uni<Opposition> updateOpposition(Edit edit, OppositionEdits.UpdateOppositionInput input) {
        return Writes.sign(edit).chain(() -> {
            input.check().orRefuse();
            return Panache.getSession().chain(session -> Edits.read(session, Opposition.class, "id", input.id, input.version))
                    .invoke(opposition -> {
                        opposition.from = input.newFrom(opposition.from);
                        opposition.to = input.newTo(opposition.to, opposition.from);
                    });
        });
    }

    /** Adds a species of a faction's universe to its ranks, once: why its members joined and since when. */
    @WithTransaction
    public Uni<SpeciesMembership> addSpeciesMembership(Edit edit, SpeciesMembershipEdits.AddInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().text("reason", input.reason, Checks.NAME, false).date("since", input.since).orRefuse();
            SpeciesMembership membership = new SpeciesMembership();
            membership.reason = Checks.strip(input.reason);
            membership.since = input.since == null ? null : input.since.toDate();
            // The faction is locked until the species is added: additions to its ranks take turns.
            return Panache.getSession().chain(session -> Edits.referenced(session, Faction.class, "faction", input.faction, Lock.NO_KEY_UPDATE)
                    .chain(faction -> Edits.referenced(session, Species.class, "species", input.species).chain(species -> {
                        Links.sameUniverse("species", faction, species);
                        membership.factionId = faction.rowId;
                        membership.speciesId = species.rowId;
                        return Links.unlessLinked(session, "faction_species", "faction_id", faction.rowId, "species_id", species.rowId,
                                        "species", species.name + " are already among the ranks of " + faction.name + ".")
                                .chain(() -> factions.add(membership));
                    })));
        });
    }

    /** Changes a species' place in a faction's ranks (why, since when), at the version the archivist read. */
    @WithTransaction
    public Uni<SpeciesMembership> updateSpeciesMembership(Edit edit, SpeciesMembershipEdits.UpdateSpeciesMembershipInput input) {
        return Writes.sign(edit).chain(() -> {
            new Checks().text("reason", input.reason, Checks.ROLE, false).date("since", input.since)
                    .orRefuse();
            return Panache.getSession().chain(session -> Edits.read(session, SpeciesMembership.class, "id", input.id, input.version))
                    .invoke(membership -> {
                        if (input.reason != null) {
                            membership.reason = input.reason.strip();
                        }
                        if (input.since != null) {
                            membership.since = input.since == null ? null : input.since.toDate();
                        }
                    });
        });
    }
}
