package org.maquis.archive.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.maquis.archive.relay.GlobalId;
import org.maquis.archive.data.NodeType;

/**
 * Which lore row an argument that takes an ID names in a well-formed request (V2__mirror_maquis_lore.sql fixes their
 * keys): by the field's name, by the input type for an `id` (`UpdateMembershipInput.id` names a Membership), or by the
 * call's path where one mutation needs other rows than the default (`removeMarriage.input.person`: a married one). The
 * rows are of the mirror universe and chosen so that each request, sent with an archivist's token, lands.
 */
public final class LoreIds {

    /** By the name of the field or argument. */
    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("person", "Person:406"), Map.entry("spouse", "Person:404"), Map.entry("spy", "Person:410"),
            Map.entry("orderedBy", "Person:404"), Map.entry("renamedBy", "Person:406"), Map.entry("allegiance", "Person:400"),
            Map.entry("participant", "Person:406"), Map.entry("travellers", "Person:410"),
            Map.entry("faction", "Faction:600"), Map.entry("formedFrom", "Faction:602"), Map.entry("target", "Faction:600"),
            Map.entry("captor", "Faction:600"), Map.entry("partOf", "Faction:600"), Map.entry("counterpart", "Faction:601"),
            Map.entry("empire", "Empire:300"), Map.entry("ally", "Empire:302"), Map.entry("onBehalfOf", "Empire:300"),
            Map.entry("serves", "Empire:300"),
            Map.entry("event", "Event:906"), Map.entry("killedIn", "Event:906"), Map.entry("follows", "Event:905"),
            Map.entry("of", "Person:406"),
            Map.entry("place", "Place:202"), Map.entry("deathPlace", "Place:202"), Map.entry("homeworld", "Place:201"),
            Map.entry("locatedIn", "Place:200"), Map.entry("headquarters", "Place:207"),
            Map.entry("ship", "Ship:703"), Map.entry("flagship", "Ship:701"), Map.entry("shipClass", "ShipClass:500"),
            Map.entry("species", "Species:109"), Map.entry("cell", "Cell:800"), Map.entry("ids", "Person:401"));

    /** The record an input type's `id` names. */
    private static final Map<String, String> BY_INPUT = Map.ofEntries(
            Map.entry("UpdatePersonInput", "Person:406"), Map.entry("UpdateCellInput", "Cell:800"),
            Map.entry("UpdateEmpireInput", "Empire:300"), Map.entry("UpdateEventInput", "Event:906"),
            Map.entry("UpdateFactionInput", "Faction:600"), Map.entry("UpdatePlaceInput", "Place:207"),
            Map.entry("UpdateShipInput", "Ship:703"), Map.entry("UpdateShipClassInput", "ShipClass:500"),
            Map.entry("UpdateSpeciesInput", "Species:109"), Map.entry("UpdateAllianceInput", "Alliance:1"),
            Map.entry("UpdateCellLeadershipInput", "CellLeadership:2"), Map.entry("UpdateFactionLeadershipInput", "FactionLeadership:2"),
            Map.entry("UpdateMembershipInput", "Membership:4"), Map.entry("UpdateOppositionInput", "Opposition:2"),
            Map.entry("UpdateParticipantInput", "EventParticipant:32"), Map.entry("UpdateShipCommandInput", "ShipCommand:1"),
            Map.entry("UpdateSpeciesMembershipInput", "SpeciesMembership:1"), Map.entry("UpdateSpyAssignmentInput", "SpyAssignment:1"),
            Map.entry("DeleteRecordInput", "ShipCommand:2"), Map.entry("RenameShipInput", "Ship:701"),
            Map.entry("ParticipantInput", "Person:406"));

    /** Where a mutation needs rows of its own: a link that exists, to remove it; one that does not, to add it. */
    private static final Map<String, String> BY_PATH = Map.ofEntries(
            Map.entry("removeMarriage.input.person", "Person:401"), Map.entry("removeMarriage.input.spouse", "Person:402"),
            Map.entry("removeFactionFounder.input.person", "Person:400"),
            Map.entry("removeFactionOrigin.input.faction", "Faction:607"), Map.entry("removeFactionOrigin.input.formedFrom", "Faction:605"),
            Map.entry("addSpeciesMembership.input.faction", "Faction:607"), Map.entry("addSpeciesMembership.input.species", "Species:101"),
            Map.entry("addFactionOrigin.input.faction", "Faction:603"), Map.entry("addOpposition.input.empire", "Empire:301"),
            Map.entry("node.id", "Person:401"));

    private LoreIds() {
    }

    /**
     * The id for the argument at {@code path} ("addMarriage.input.spouse"), of input type {@code inputType} (null for
     * a field's own argument), or empty when the table does not say: then the test says which field to add here.
     */
    public static Optional<String> id(String path, String inputType) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        String key = BY_PATH.getOrDefault(path, !name.equals("id") ? BY_NAME.get(name) : inputType == null ? null : BY_INPUT.get(inputType));
        return Optional.ofNullable(key).map(LoreIds::encode);
    }

    /** The version of the record a global id names, read from the database (a test before may have moved it on). */
    public static ToIntFunction<String> versions(DataSource database) {
        return id -> {
            GlobalId global = GlobalId.decode(id);
            String table = NodeType.named(global.type()).orElseThrow().table();
            try (Connection c = database.getConnection();
                 PreparedStatement s = c.prepareStatement("select version from " + table + " where id = ?")) {
                s.setLong(1, global.rowId());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("no row for " + global);
                    }
                    return r.getInt(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The global id of "Type:row". */
    public static String encode(String typeAndRow) {
        int colon = typeAndRow.indexOf(':');
        return GlobalId.encode(typeAndRow.substring(0, colon), Long.parseLong(typeAndRow.substring(colon + 1)));
    }
}
