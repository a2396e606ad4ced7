package org.maquis.archive.faction;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.data.Edits;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.relay.UserError;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.Links;
import org.maquis.archive.person.Person;
import org.maquis.archive.data.Lock;
import org.maquis.archive.lore.Hierarchies;

/**
 * How factions came to be: adding a founder, and an older faction whose members formed a newer one. These
 * links are not nodes, so each payload gives the faction (and the other end); deleting one is not offered
 * yet, as `deleteRecord` takes a node's id.
 */
@GraphQLApi
public class FactionRelationsEdits {

    private final Archivists archivists;

    public FactionRelationsEdits(Archivists archivists) {
        this.archivists = archivists;
    }

    @Input("FactionFounderInput")
    @Description("A person who founded or co-founded a faction.")
    public static class FounderInput {
        @NonNull @Id @Description("The faction's id.") public String faction;
        @NonNull @Id @Description("The id of the founder, a person of the faction's universe.") public String person;
    }

    @Description("What adding a founder did: the faction and its founder, or what was wrong (then nothing changed).")
    public static class FactionFounderPayload extends Payload {
        @Description("The faction, with the founder among its `founders`; null when nothing changed.") public final Faction faction;
        @Description("The founder, with the faction among what they `founded`; null when nothing changed.") public final Person founder;

        FactionFounderPayload(Faction faction, Person founder) {
            this.faction = faction;
            this.founder = founder;
        }

        FactionFounderPayload(List<UserError> userErrors) {
            super(userErrors);
            this.faction = null;
            this.founder = null;
        }
    }

    @Input("FactionOriginInput")
    @Description("An older faction whose members formed a newer one (Intelligence was formed from the Tal Shiar).")
    public static class OriginInput {
        @NonNull @Id @Description("The id of the newer faction.") public String faction;
        @NonNull @Id @Description("The id of the older faction its members came from, of the same universe.") public String formedFrom;
    }

    @Description("What adding a faction's origin did: both factions, or what was wrong (then nothing changed).")
    public static class FactionOriginPayload extends Payload {
        @Description("The newer faction, with the older among its `formedFrom`; null when nothing changed.") public final Faction faction;
        @Description("The older faction, with the newer among what it `formed`; null when nothing changed.") public final Faction formedFrom;

        FactionOriginPayload(Faction faction, Faction formedFrom) {
            this.faction = faction;
            this.formedFrom = formedFrom;
        }

        FactionOriginPayload(List<UserError> userErrors) {
            super(userErrors);
            this.faction = null;
            this.formedFrom = null;
        }
    }

    private record Pair<A, B>(A one, B other) {
    }

    @Mutation
    @NonNull
    @Description("Adds a founder of a faction, a person of its universe. Needs the archivist role.")
    public Uni<@NonNull FactionFounderPayload> addFactionFounder(@NonNull @Description("The faction and its founder.") FounderInput input) {
        // The faction is locked until the founder is added: additions of its founders take turns, the later one
        // seeing what the earlier added.
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "addFactionFounder", session ->
                Edits.referenced(session, Faction.class, "faction", input.faction, Lock.NO_KEY_UPDATE)
                        .chain(faction -> Edits.referenced(session, Person.class, "person", input.person).chain(person -> {
                            Links.sameUniverse("person", faction, person);
                            FactionFounder founder = new FactionFounder();
                            founder.factionId = faction.rowId;
                            founder.personId = person.rowId;
                            return Links.unlessLinked(session, "faction_founder", "faction_id", faction.rowId, "person_id", person.rowId,
                                            "person", person.name + " is already a founder of " + faction.name + ".")
                                    .chain(() -> Edits.create(session, founder))
                                    .replaceWith(new Pair<>(faction, person));
                        }))),
                p -> new FactionFounderPayload(p.one(), p.other()), FactionFounderPayload::new));
    }

    @Mutation
    @NonNull
    @Description("Adds an older faction whose members formed a newer one, both of one universe. Needs the archivist role.")
    public Uni<@NonNull FactionOriginPayload> addFactionOrigin(@NonNull @Description("The newer faction and the older one.") OriginInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "addFactionOrigin", session ->
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
                                    .chain(() -> Edits.create(session, origin))
                                    .replaceWith(new Pair<>(faction, older));
                        }))),
                p -> new FactionOriginPayload(p.one(), p.other()), FactionOriginPayload::new));
    }

    @Mutation
    @NonNull
    @Description("Removes a person from a faction's founders. Needs the archivist role.")
    public Uni<@NonNull FactionFounderPayload> removeFactionFounder(@NonNull @Description("The faction and its founder.") FounderInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "removeFactionFounder", session ->
                Edits.referenced(session, Faction.class, "faction", input.faction)
                        .chain(faction -> Edits.referenced(session, Person.class, "person", input.person).chain(person ->
                                Links.unlink(session, "faction_founder", "faction_id", faction.rowId, "person_id", person.rowId,
                                                "person", person.name + " is not a founder of " + faction.name + ".")
                                        .replaceWith(new Pair<>(faction, person))))),
                p -> new FactionFounderPayload(p.one(), p.other()), FactionFounderPayload::new));
    }

    @Mutation
    @NonNull
    @Description("Removes an older faction from those a newer one was formed from. Needs the archivist role.")
    public Uni<@NonNull FactionOriginPayload> removeFactionOrigin(@NonNull @Description("The newer faction and the older one.") OriginInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "removeFactionOrigin", session ->
                Edits.referenced(session, Faction.class, "faction", input.faction)
                        .chain(faction -> Edits.referenced(session, Faction.class, "formedFrom", input.formedFrom).chain(older ->
                                Links.unlink(session, "faction_origin", "faction_id", faction.rowId, "formed_from_id", older.rowId,
                                                "formedFrom", faction.name + " is not recorded as formed from " + older.name + ".")
                                        .replaceWith(new Pair<>(faction, older))))),
                p -> new FactionOriginPayload(p.one(), p.other()), FactionOriginPayload::new));
    }
}
