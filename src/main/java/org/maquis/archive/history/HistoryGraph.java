package org.maquis.archive.history;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.cell.Cell;
import org.maquis.archive.cell.CellLeadership;
import org.maquis.archive.empire.Alliance;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.event.Event;
import org.maquis.archive.event.EventParticipant;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.faction.FactionLeadership;
import org.maquis.archive.faction.Membership;
import org.maquis.archive.faction.Opposition;
import org.maquis.archive.faction.SpeciesMembership;
import org.maquis.archive.person.Person;
import org.maquis.archive.person.SpyAssignment;
import org.maquis.archive.place.Place;
import org.maquis.archive.ship.Ship;
import org.maquis.archive.ship.ShipClass;
import org.maquis.archive.ship.ShipCommand;
import org.maquis.archive.species.Species;
import org.maquis.archive.relay.GlobalId;
import org.maquis.archive.data.NodeType;
import org.maquis.archive.errors.NotFound;
import org.maquis.archive.data.Order;
import org.maquis.archive.data.Relation;
import org.maquis.archive.data.Row;

/**
 * The history of every record: a connection on each node type, newest first, paged like every other, and a
 * root field that reads it by id, also for a record since deleted.
 */
@GraphQLApi
public class HistoryGraph {

    static final String FIRST = "Take this many from the start (or from `after`).";
    static final String AFTER = "Start after this cursor.";
    static final String LAST = "Take this many from the end (or from `before`).";
    static final String BEFORE = "End before this cursor.";

    /** Newest first: the order in which changes were recorded, backward. */
    private static final Order NEWEST = Order.descending("newest");

    /** Each node type's history: the changes recorded for its rows (the index change_of_node serves it). */
    private static final Map<NodeType, Relation<Change>> HISTORY = NodeType.all().stream()
            .filter(type -> type.entity() != Change.class)
            .collect(Collectors.toMap(type -> type, type -> Relation.children(Change.class, "node_id", NEWEST)
                    .and("t.node_type = '" + type.graphQlName() + "'")));

    @Query
    @NonNull
    @Description("The history of the record with this id, newest first; it stays readable after the record is deleted.")
    public CompletionStage<@NonNull ChangeConnection> history(@NonNull @Id @Description("The record's id.") String of,
            @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        GlobalId id = GlobalId.decode(of);
        NodeType type = NodeType.named(id.type()).filter(HISTORY::containsKey)
                .orElseThrow(() -> new NotFound("`" + of + "` is not the id of a record of the archive."));
        return HISTORY.get(type).page(id.rowId(), first, after, last, before, ChangeConnection::new);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Alliance alliance, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(alliance, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Cell cell, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(cell, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source CellLeadership cellLeadership, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(cellLeadership, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Empire empire, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(empire, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Event event, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(event, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source EventParticipant eventParticipant, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(eventParticipant, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Faction faction, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(faction, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source FactionLeadership factionLeadership, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(factionLeadership, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Membership membership, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(membership, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Opposition opposition, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(opposition, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Person person, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(person, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Place place, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(place, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Ship ship, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(ship, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source ShipClass shipClass, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(shipClass, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source ShipCommand shipCommand, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(shipCommand, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Species species, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(species, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source SpeciesMembership speciesMembership, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(speciesMembership, first, after, last, before);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source SpyAssignment spyAssignment, @Description(FIRST) Integer first, @Description(AFTER) String after,
            @Description(LAST) Integer last, @Description(BEFORE) String before) {
        return ofRecord(spyAssignment, first, after, last, before);
    }

    private static CompletionStage<ChangeConnection> ofRecord(Row row, Integer first, String after, Integer last, String before) {
        return HISTORY.get(NodeType.of(row.getClass())).page(row, first, after, last, before, ChangeConnection::new);
    }
}
