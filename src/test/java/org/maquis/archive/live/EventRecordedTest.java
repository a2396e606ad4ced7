package org.maquis.archive.live;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Editing;

/** `eventRecorded(filter:)`: a timeline hears of the events recorded that its filter, the one of `events`, matches. */
@QuarkusTest
class EventRecordedTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    AgroalDataSource database;

    @Inject
    ChangeFeed feed;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    @Test
    void eachTimelineHearsOfTheEventsItsFilterMatches() {
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.subscribe("all", "live/event-recorded", Map.of());
            socket.subscribe("raids", "live/event-recorded", Map.of("filter", Map.of("kind", "RAID", "universe", "MIRROR")));
            socket.subscribe("later", "live/event-recorded", Map.of("filter", Map.of("fromYear", 2376, "name", "KESSIK")));
            Socket.awaitSubscribers(feed, 3);
            recorded("Kessik raid", "RAID", "2375");
            recorded("Kessik accord", "ALLIANCE", "2376");
            assertEquals("Kessik raid", socket.data("all").getJsonObject("eventRecorded").getString("name"));
            assertEquals("Kessik raid", socket.data("raids").getJsonObject("eventRecorded").getString("name"));
            assertEquals("Kessik accord", socket.data("all").getJsonObject("eventRecorded").getString("name"));
            assertEquals("in 2376", socket.data("later").getJsonObject("eventRecorded").getJsonObject("date").getString("wording"));
            assertEquals(0, socket.waiting(), "the raids' timeline has no accord, the later one no raid of 2375");
        }
    }

    private static void recorded(String name, String kind, String year) {
        Archivist.run("editing/record-event", Editing.input("name", name, "universe", "MIRROR", "description", "Near the Badlands.",
                        "kind", kind, "date", Map.of("earliest", year + "-01-01", "latest", year + "-12-31", "wording", "in " + year)))
                .statusCode(200).body("errors", nullValue()).body("data.recordEvent.userErrors", empty());
    }
}
