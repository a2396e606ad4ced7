package org.maquis.archive.event;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Editing;
import org.maquis.archive.support.GraphQL;
import org.maquis.archive.support.Links;

/** Who took part in events, and crossings between the universes. */
@QuarkusTest
class EventLinksTest {

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> crossing(Links lore, String from, String to, List<String> travellers) {
        return Editing.input("name", "Spock crosses to the primary universe", "description", "Spock and Voyager cross over.",
                "from", from, "to", to, "date", Links.IN_2370, "place", lore.id("vulcan"), "travellers", travellers);
    }

    @Test
    void aParticipantIsAddedToAnEventOfItsUniverse() {
        Links lore = Links.read();
        String id = Archivist.run("editing/links/add-participant", Editing.input("event", lore.id("raid"),
                        "participant", lore.id("talShiar"), "role", "onlooker"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.addParticipant.userErrors", empty())
                .body("data.addParticipant.participant.event.slug", equalTo("raid-on-rigel-iv"))
                .body("data.addParticipant.participant.participant.slug", equalTo("tal-shiar"))
                .extract().path("data.addParticipant.participant.id");
        GraphQL.run("editing/links/event-participants", Map.of("slug", "raid-on-rigel-iv"))
                .body("data.event.participants.nodes.find { it.participant.slug == 'tal-shiar' }.role", equalTo("onlooker"));
        GraphQL.run("editing/links/faction-links", Map.of("slug", "tal-shiar")).body("data.faction.events.nodes.event.slug", hasItem("raid-on-rigel-iv"));
        GraphQL.run("editing/history", Map.of("of", id)).body("data.history.nodes.mutation", contains("addParticipant"));
        // A crossing's travellers may be of either universe it joins (the primary Maquis: Captain Kira, of the primary
        // universe, already took part in it, and one takes part in an event once).
        Archivist.run("editing/links/add-participant", Editing.input("event", lore.id("kiraCrosses"),
                        "participant", lore.id("maquisPrimary"), "role", "met"))
                .body("data.addParticipant.userErrors", empty());
    }

    @Test
    void aParticipantOfAnotherUniverseOrOfNoKindThatTakesPartIsRefused() throws SQLException {
        Links lore = Links.read();
        Archivist.run("editing/links/add-participant", Editing.input("event", lore.id("raid"), "participant", lore.id("kiraPrimary"), "role", "raider"))
                .body("data.addParticipant.participant", nullValue())
                .body("data.addParticipant.userErrors[0].field", equalTo("participant"))
                .body("data.addParticipant.userErrors[0].message", containsString("universe"));
        Archivist.run("editing/links/add-participant", Editing.input("event", lore.id("raid"), "participant", lore.id("vulcan"), "role", "raided"))
                .body("data.addParticipant.userErrors[0].field", equalTo("participant"))
                .body("data.addParticipant.userErrors[0].message", containsString("person, faction, empire or ship, not a Place"));
        Archivist.run("editing/links/add-participant", Editing.input("event", lore.id("raid"), "participant", lore.id("sato"), "role", ""))
                .body("data.addParticipant.userErrors[0].field", equalTo("role"));
        Links.assertNothingChanged(database, "event_participant");
        // The raid's participants are the lore's, exactly: the refused one is not among them.
        GraphQL.clean(GraphQL.run("editing/links/event-participants", Map.of("slug", "raid-on-rigel-iv")))
                .body("data.event.participants.nodes.participant.slug", contains("maquis", "marlena-moreau"));
    }

    @Test
    void aCrossingIsRecordedWithItsTravellers() {
        Links lore = Links.read();
        String id = Archivist.run("editing/links/record-crossing", crossing(lore, "MIRROR", "PRIMARY", List.of(lore.id("spock"), lore.id("voyager"))))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.recordCrossing.userErrors", empty())
                .body("data.recordCrossing.event.slug", equalTo("spock-crosses-to-the-primary-universe"))
                .body("data.recordCrossing.event.kind", equalTo("CROSSING"))
                .body("data.recordCrossing.event.universe", equalTo("MIRROR"))
                .body("data.recordCrossing.event.fromUniverse", equalTo("MIRROR"))
                .body("data.recordCrossing.event.toUniverse", equalTo("PRIMARY"))
                .body("data.recordCrossing.event.place.slug", equalTo("vulcan"))
                .body("data.recordCrossing.event.participants.nodes.role", contains("crossed", "crossed"))
                .body("data.recordCrossing.event.participants.nodes.participant.slug", contains("spock", "voyager"))
                .extract().path("data.recordCrossing.event.id");
        GraphQL.run("editing/links/event-participants", Map.of("slug", "spock-crosses-to-the-primary-universe"))
                .body("data.event.participants.totalCount", equalTo(2))
                .body("data.event.date.wording", equalTo("in 2370"));
        GraphQL.run("editing/history", Map.of("of", id))
                .body("data.history.nodes.kind", contains("CREATE"))
                .body("data.history.nodes.mutation", contains("recordCrossing"));
    }

    @Test
    void aCrossingToTheSameUniverseOrOfOtherTravellersIsRefused() throws SQLException {
        Links lore = Links.read();
        Archivist.run("editing/links/record-crossing", crossing(lore, "MIRROR", "MIRROR", List.of(lore.id("spock"), lore.id("spock"))))
                .body("errors", nullValue())
                .body("data.recordCrossing.event", nullValue())
                .body("data.recordCrossing.userErrors.field", contains("to", "travellers.1"));
        Archivist.run("editing/links/record-crossing", crossing(lore, "MIRROR", "PRIMARY", List.of()))
                .body("data.recordCrossing.userErrors.field", contains("travellers"));
        Archivist.run("editing/links/record-crossing", crossing(lore, "MIRROR", "PRIMARY", List.of(lore.id("spock"), lore.id("maquis"))))
                .body("data.recordCrossing.userErrors[0].field", equalTo("travellers.1"))
                .body("data.recordCrossing.userErrors[0].message", containsString("person or ship, not a Faction"));
        Links.assertNothingChanged(database, "event");
        GraphQL.nullAt(GraphQL.run("editing/links/event-participants", Map.of("slug", "spock-crosses-to-the-primary-universe")), "data.event");
    }

    @Test
    void aCrossingLandsWholeOrNotAtAll() throws SQLException {
        Links lore = Links.read();
        try (var c = database.getConnection(); var s = c.createStatement()) {
            // The last write of the mutation (the ship crossing) fails inside PostgreSQL.
            s.execute("create function fail_last_step() returns trigger language plpgsql as $$ begin "
                    + "if new.ship_id is not null and new.role = 'crossed' then raise exception 'the last step fails'; end if; return new; end $$");
            s.execute("create trigger fail_last_step before insert on event_participant for each row execute function fail_last_step()");
        }
        try {
            Archivist.run("editing/links/record-crossing", crossing(lore, "MIRROR", "PRIMARY", List.of(lore.id("spock"), lore.id("voyager"))))
                    .statusCode(200)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("INTERNAL"));
        } finally {
            try (var c = database.getConnection(); var s = c.createStatement()) {
                s.execute("drop trigger fail_last_step on event_participant");
                s.execute("drop function fail_last_step()");
            }
        }
        Links.assertNothingChanged(database, "event");
        Links.assertNothingChanged(database, "event_participant");
        GraphQL.nullAt(GraphQL.run("editing/links/event-participants", Map.of("slug", "spock-crosses-to-the-primary-universe")), "data.event");
    }
}
