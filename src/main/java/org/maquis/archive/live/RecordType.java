package org.maquis.archive.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The node types a client can name, as GraphQL enum values: each names one {@code NodeType} (RecordTypeTest). */
@Enum("NodeType")
@Description("A type of record of the archive (a type that implements `Node`).")
public enum RecordType {
    @Description("`Alliance`.") ALLIANCE("Alliance"),
    @Description("`Cell`.") CELL("Cell"),
    @Description("`CellLeadership`.") CELL_LEADERSHIP("CellLeadership"),
    @Description("`Empire`.") EMPIRE("Empire"),
    @Description("`Event`.") EVENT("Event"),
    @Description("`EventParticipant`.") EVENT_PARTICIPANT("EventParticipant"),
    @Description("`Faction`.") FACTION("Faction"),
    @Description("`FactionLeadership`.") FACTION_LEADERSHIP("FactionLeadership"),
    @Description("`Membership`.") MEMBERSHIP("Membership"),
    @Description("`Opposition`.") OPPOSITION("Opposition"),
    @Description("`Person`.") PERSON("Person"),
    @Description("`Place`.") PLACE("Place"),
    @Description("`Ship`.") SHIP("Ship"),
    @Description("`ShipClass`.") SHIP_CLASS("ShipClass"),
    @Description("`ShipCommand`.") SHIP_COMMAND("ShipCommand"),
    @Description("`Species`.") SPECIES("Species"),
    @Description("`SpeciesMembership`.") SPECIES_MEMBERSHIP("SpeciesMembership"),
    @Description("`SpyAssignment`.") SPY_ASSIGNMENT("SpyAssignment");

    private final String graphQlName;

    RecordType(String graphQlName) {
        this.graphQlName = graphQlName;
    }

    /** The GraphQL name of the type, as ids and the history carry it. */
    public String graphQlName() {
        return graphQlName;
    }
}
