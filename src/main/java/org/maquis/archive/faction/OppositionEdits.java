package org.maquis.archive.faction;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.data.Edits;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.relay.UserError;
import org.maquis.archive.data.Writes;
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Links;
import org.maquis.archive.lore.TermChanges;
import org.maquis.archive.data.Lock;

/** A faction's stand against an empire, added. A faction opposes an empire once (the table's unique rule). */
@GraphQLApi
public class OppositionEdits {

    private final Archivists archivists;

    public OppositionEdits(Archivists archivists) {
        this.archivists = archivists;
    }

    @Input("AddOppositionInput")
    @Description("A faction's stand against an empire of its universe, and when it held.")
    public static class AddInput {
        @NonNull @Id @Description("The id of the faction that opposes.") public String faction;
        @NonNull @Id @Description("The id of the empire opposed.") public String empire;
        @Description("When the opposition began, if the source says.") public ApproximateDateInput from;
        @Description("When it ended, if it did.") public ApproximateDateInput to;
    }

    @Input("UpdateOppositionInput")
    @Description("Changes to an opposition: fields left out stay as they are; `clear` empties its dates.")
    public static class UpdateOppositionInput extends TermChanges {
    }

    @Description("What adding an opposition did: the opposition, or what was wrong (then nothing changed).")
    public static class OppositionPayload extends Payload {
        @Description("The opposition as stored; null when nothing changed.") public final Opposition opposition;

        OppositionPayload(Opposition opposition) {
            this.opposition = opposition;
        }

        OppositionPayload(List<UserError> userErrors) {
            super(userErrors);
            this.opposition = null;
        }
    }

    @Mutation
    @NonNull
    @Description("Adds a faction's stand against an empire of its universe. Needs the archivist role.")
    public Uni<@NonNull OppositionPayload> addOpposition(@NonNull @Description("The faction, the empire and when.") AddInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "addOpposition", session -> {
            new Checks().date("from", input.from).date("to", input.to).orRefuse();
            Opposition opposition = new Opposition();
            opposition.from = input.from == null ? null : input.from.toDate();
            opposition.to = input.to == null ? null : input.to.toDate();
            Links.inOrder(opposition.from, opposition.to);
            // The faction is locked until the opposition is added: its oppositions are added in turn.
            return Edits.referenced(session, Faction.class, "faction", input.faction, Lock.NO_KEY_UPDATE)
                    .chain(faction -> Edits.referenced(session, Empire.class, "empire", input.empire).chain(empire -> {
                        Links.sameUniverse("empire", faction, empire);
                        opposition.factionId = faction.rowId;
                        opposition.empireId = empire.rowId;
                        return Links.unlessLinked(session, "faction_opposition", "faction_id", faction.rowId, "empire_id", empire.rowId,
                                        "empire", faction.name + " already opposes " + empire.name + ": change or delete that opposition.")
                                .chain(() -> Edits.create(session, opposition));
                    }));
        }), OppositionPayload::new, OppositionPayload::new));
    }

    @Mutation
    @NonNull
    @Description("Changes an opposition, at the version last read. Needs the archivist role.")
    public Uni<@NonNull OppositionPayload> updateOpposition(@NonNull @Description("What changes.") UpdateOppositionInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "updateOpposition", session -> {
            input.check().orRefuse();
            return Edits.read(session, Opposition.class, "id", input.id, input.version).chain(opposition -> {
                opposition.from = input.newFrom(opposition.from);
                opposition.to = input.newTo(opposition.to, opposition.from);
                return Edits.update(session, opposition);
            });
        }), OppositionPayload::new, OppositionPayload::new));
    }
}
