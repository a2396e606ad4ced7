package org.maquis.archive.empire;

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
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Links;
import org.maquis.archive.data.Lock;

/**
 * Alliances between empires, added. An alliance is stored once, the smaller row key as `empire` (the table's
 * rule), so either empire may be named first.
 */
@GraphQLApi
public class AllianceEdits {

    private final Archivists archivists;

    public AllianceEdits(Archivists archivists) {
        this.archivists = archivists;
    }

    @Input("AddAllianceInput")
    @Description("Two empires of one universe allied with each other, named in either order, and when it was formed.")
    public static class AddInput {
        @NonNull @Id @Description("The id of one empire.") public String empire;
        @NonNull @Id @Description("The id of the empire it allied with.") public String ally;
        @Description("When the alliance was formed, if the source says.") public ApproximateDateInput formed;
    }

    @Input("UpdateAllianceInput")
    @Description("Changes to an alliance: fields left out stay as they are.")
    public static class UpdateAllianceInput {
        @NonNull @Id @Description("Its id.") public String id;
        @NonNull @Description("The version you read; a stale one changes nothing and is a `CONFLICT`.") public Integer version;
        @Description("A new date of forming.") public ApproximateDateInput formed;
    }

    @Description("What adding an alliance did: the alliance, or what was wrong (then nothing changed).")
    public static class AlliancePayload extends Payload {
        @Description("The alliance as stored; null when nothing changed.") public final Alliance alliance;

        AlliancePayload(Alliance alliance) {
            this.alliance = alliance;
        }

        AlliancePayload(List<UserError> userErrors) {
            super(userErrors);
            this.alliance = null;
        }
    }

    @Mutation
    @NonNull
    @Description("Adds an alliance between two empires of one universe. Needs the archivist role.")
    public Uni<@NonNull AlliancePayload> addAlliance(@NonNull @Description("The two empires and when they allied.") AddInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "addAlliance", session -> {
            new Checks().date("formed", input.formed).orRefuse();
            // The empire with the smaller row key, the one the alliance is stored under, is locked until it is added:
            // additions of the same alliance take turns, whichever order they name the two in.
            boolean empireFirst = Links.storedUnderFirst(Empire.class, input.empire, input.ally);
            return Edits.referenced(session, Empire.class, "empire", input.empire, empireFirst ? Lock.NO_KEY_UPDATE : Lock.KEY_SHARE)
                    .chain(empire -> Edits.referenced(session, Empire.class, "ally", input.ally,
                            empireFirst ? Lock.KEY_SHARE : Lock.NO_KEY_UPDATE).chain(ally -> {
                        if (empire.rowId.equals(ally.rowId)) {
                            throw new Refused(UserError.badInput("ally", "An empire does not ally with itself."));
                        }
                        Links.sameUniverse("ally", empire, ally);
                        Alliance alliance = new Alliance();
                        alliance.empireId = Math.min(empire.rowId, ally.rowId);
                        alliance.allyId = Math.max(empire.rowId, ally.rowId);
                        alliance.formed = input.formed == null ? null : input.formed.toDate();
                        return Links.unlessLinked(session, "alliance", "empire_id", alliance.empireId, "ally_id", alliance.allyId,
                                        "ally", empire.name + " and " + ally.name + " are already allied.")
                                .chain(() -> Edits.create(session, alliance));
                    }));
        }), AlliancePayload::new, AlliancePayload::new));
    }

    @Mutation
    @NonNull
    @Description("Changes an alliance, at the version last read. Needs the archivist role.")
    public Uni<@NonNull AlliancePayload> updateAlliance(@NonNull @Description("What changes.") UpdateAllianceInput input) {
        return archivists.current().chain(archivist -> Writes.payload(Writes.inTransaction(archivist, "updateAlliance", session -> {
            new Checks().date("formed", input.formed)
                    .orRefuse();
            return Edits.read(session, Alliance.class, "id", input.id, input.version).chain(alliance -> {
                if (input.formed != null) {
                    alliance.formed = input.formed == null ? null : input.formed.toDate();
                }
                return Edits.update(session, alliance);
            });
        }), AlliancePayload::new, AlliancePayload::new));
    }
}
