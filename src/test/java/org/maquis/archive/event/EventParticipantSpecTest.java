package org.maquis.archive.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.Specs.ask;
import static org.maquis.archive.support.Specs.ids;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.LoreIds;
import org.maquis.archive.support.Specs;

/**
 * The EventParticipant link (a person, faction, empire or ship taking part in an event, in a role), as swapi-graphql
 * specifies a type: through `node`, through `Event.participants` and `Faction.events` with a cursor round trip, its nulls,
 * and `addParticipant` read back; the values are V2__mirror_maquis_lore.sql's.
 */
@QuarkusTest
class EventParticipantSpecTest {

    static final String FIELDS = "id version role event { slug } participant { __typename ... on Person { slug } ... on Faction { slug }"
            + " ... on Empire { slug } ... on Ship { slug } } person { slug } faction { slug } empire { slug } ship { slug }";
    static final String NODE = "query Participant($id: ID!) { node(id: $id) { ... on EventParticipant { " + FIELDS + " } } }";
    static final String PARTICIPANTS = Specs.connectionOf("event", "participants", "id");
    static final String FACTION_EVENTS = Specs.connectionOf("faction", "events", "id");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> participant(String id) {
        return ask(NODE, Map.of("id", id)).getMap("data.node");
    }

    @Test
    void theCapturedPrometheusThroughNodeWithEveryField() {
        String id = LoreIds.encode("EventParticipant:35");
        Map<String, Object> expected = m("id", id, "version", 1, "role", "captured", "event", m("slug", "capture-of-the-iss-prometheus"),
                "participant", m("__typename", "Ship", "slug", "iss-prometheus"), "person", null, "faction", null, "empire", null,
                "ship", m("slug", "iss-prometheus"));
        assertEquals(expected, participant(id));
        Specs.sameThroughNode("EventParticipant", FIELDS, id, expected);
        assertEquals(expected, ask("query { event(slug: \"capture-of-the-iss-prometheus\") { participants(last: 1) { nodes { " + FIELDS
                + " } } } }", Map.of()).getMap("data.event.participants.nodes[0]"), "the capture's last participant is the same");
    }

    @Test
    void participantsWalkForwardAndBackwardByCursors() {
        // In the article's order: Selok, Intelligence, the Maquis, the ISS Prometheus.
        Specs.walks(PARTICIPANTS, Map.of("slug", "capture-of-the-iss-prometheus"), "data.event.participants",
                ids("EventParticipant", 32, 33, 34, 35));
        // The Maquis' part in events, on the timeline: dated events first, the undated last.
        Specs.walks(FACTION_EVENTS, Map.of("slug", "maquis"), "data.faction.events",
                ids("EventParticipant", 5, 15, 19, 21, 28, 34, 39, 41, 44, 47, 51, 54, 30, 6, 8, 12));
    }

    @Test
    void aPersonsPartHasNoFactionEmpireOrShip() {
        assertEquals(m("role", "led the capture", "participant", m("__typename", "Person", "slug", "selok"), "person", m("slug", "selok"),
                "faction", null, "empire", null, "ship", null), Specs.pick(participant(LoreIds.encode("EventParticipant:32")),
                "role", "participant", "person", "faction", "empire", "ship"));
        assertEquals(m("participant", m("__typename", "Empire", "slug", "terran-empire"), "person", null, "faction", null,
                "empire", m("slug", "terran-empire"), "ship", null), Specs.pick(participant(LoreIds.encode("EventParticipant:7")),
                "participant", "person", "faction", "empire", "ship"));
    }

    @Test
    void anAddedParticipantReadsBackFieldByFieldWithItsHistory() {
        String raid = LoreIds.encode("Event:906");
        String enterprise = LoreIds.encode("Ship:702");
        Map<String, Object> created = Specs.create("addParticipant", "AddParticipantInput", "participant", FIELDS,
                m("event", raid, "participant", enterprise, "role", "witness"));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "version", 1, "role", "witness", "event", m("slug", "raid-on-rigel-iv"),
                "participant", m("__typename", "Ship", "slug", "iss-enterprise"), "person", null, "faction", null, "empire", null,
                "ship", m("slug", "iss-enterprise")), participant(id));
        assertEquals(created, participant(id), "the payload answers what a read answers");
        Specs.sameThroughNode("EventParticipant", FIELDS, id, participant(id));
        assertEquals(List.of(Specs.created("addParticipant", id, m("event", raid, "role", "witness", "ship", enterprise))),
                Specs.history(id));
        Specs.walks(PARTICIPANTS, Map.of("slug", "raid-on-rigel-iv"), "data.event.participants",
                List.of(LoreIds.encode("EventParticipant:15"), LoreIds.encode("EventParticipant:16"), id));
    }
}
