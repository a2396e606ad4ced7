package org.maquis.archive.graph;

import java.util.Arrays;
import org.maquis.archive.history.Change;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/**
 * The closed table of node types: the GraphQL type name a global id carries, the entity and its table.
 * A type name read from a client's id is looked up here and never pasted into a query; a name that is not
 * here (`PageInfo`, anything) names no node.
 */
public enum NodeType {
    ALLIANCE(Alliance.class, "alliance"),
    CELL(Cell.class, "cell"),
    CELL_LEADERSHIP(CellLeadership.class, "cell_leader"),
    CHANGE(Change.class, "change"),
    EMPIRE(Empire.class, "empire"),
    EVENT(Event.class, "event"),
    EVENT_PARTICIPANT(EventParticipant.class, "event_participant"),
    FACTION(Faction.class, "faction"),
    FACTION_LEADERSHIP(FactionLeadership.class, "faction_leader"),
    MEMBERSHIP(Membership.class, "membership"),
    OPPOSITION(Opposition.class, "faction_opposition"),
    PERSON(Person.class, "person"),
    PLACE(Place.class, "place"),
    SHIP(Ship.class, "ship"),
    SHIP_CLASS(ShipClass.class, "ship_class"),
    SHIP_COMMAND(ShipCommand.class, "ship_command"),
    SPECIES(Species.class, "species"),
    SPECIES_MEMBERSHIP(SpeciesMembership.class, "faction_species"),
    SPY_ASSIGNMENT(SpyAssignment.class, "spy_assignment");

    private static final Map<String, NodeType> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(NodeType::graphQlName, Function.identity()));
    private static final Map<Class<?>, NodeType> BY_ENTITY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(NodeType::entity, Function.identity()));

    private final Class<? extends Row> entity;
    private final String table;

    NodeType(Class<? extends Row> entity, String table) {
        this.entity = entity;
        this.table = table;
    }

    /** The node type a global id names, if any. */
    public static Optional<NodeType> named(String graphQlName) {
        return Optional.ofNullable(BY_NAME.get(graphQlName));
    }

    /** The node type stored in {@code table}, if any. */
    public static Optional<NodeType> forTable(String table) {
        return Arrays.stream(values()).filter(t -> t.table.equals(table)).findFirst();
    }

    public static NodeType of(Class<?> entity) {
        NodeType type = BY_ENTITY.get(entity);
        if (type == null) {
            throw new IllegalArgumentException(entity.getSimpleName() + " is not a node type");
        }
        return type;
    }

    public String graphQlName() {
        return entity.getSimpleName();
    }

    public Class<? extends Row> entity() {
        return entity;
    }

    public String table() {
        return table;
    }

    /** The name of the entity's result set mapping for a page: the entity, its parent's key and its cursor. */
    String pageMapping() {
        return entity.getSimpleName() + ".page";
    }
}
