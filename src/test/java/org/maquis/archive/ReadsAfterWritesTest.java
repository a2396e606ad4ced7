package org.maquis.archive;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.GraphQL;

/** As soon as a mutation returns, every read reflects it: counts, search, the timeline and cursors taken before. */
@QuarkusTest
class ReadsAfterWritesTest {

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    @Test
    void countsAndSearchFollowACreationAndARenaming() {
        int before = GraphQL.run("editing/people-count").extract().path("data.people.totalCount");
        String id = Archivist.run("editing/create-person", EditingTest.tomalak()).extract().path("data.createPerson.person.id");
        GraphQL.run("editing/people-count").body("data.people.totalCount", equalTo(before + 1));
        Archivist.run("editing/update-person", EditingTest.input("id", id, "version", 1, "name", "Velal Toreth"))
                .body("data.updatePerson.userErrors", empty());
        GraphQL.run("editing/search", Map.of("query", "Velal Toreth")).body("data.search.nodes.name", hasItem("Velal Toreth"));
        GraphQL.run("editing/search", Map.of("query", "Tomalak of Rator")).body("data.search.nodes.name", not(hasItem("Tomalak of Rator")));
        Archivist.run("editing/delete-record", EditingTest.input("id", id, "version", 2)).body("data.deleteRecord.userErrors", empty());
        GraphQL.run("editing/people-count").body("data.people.totalCount", equalTo(before));
        GraphQL.run("editing/search", Map.of("query", "Velal Toreth")).body("data.search.nodes.name", not(hasItem("Velal Toreth")));
    }

    @Test
    void theTimelineAndACursorTakenBeforeSeeANewEvent() {
        var first = GraphQL.run("editing/timeline", Map.of("year", 2377)).statusCode(200).extract().jsonPath();
        int total = first.getInt("data.events.totalCount");
        String cursor = first.getString("data.events.pageInfo.endCursor");
        Archivist.run("editing/record-event", EditingTest.input("name", "Kessik uprising", "universe", "MIRROR",
                        "description", "A late rising.", "kind", "RAID",
                        "date", Map.of("latest", "2380-12-31", "wording", "by 2380")))
                .body("data.recordEvent.userErrors", empty());
        GraphQL.run("editing/timeline", Map.of("year", 2377)).body("data.events.totalCount", equalTo(total + 1))
                .body("data.events.nodes.slug", hasItem("kessik-uprising"));
        // An event open at its start ("by 2380") may have happened in 2377, and sorts after every event of the
        // window (the timeline sorts it by its latest day): the cursor read before it was recorded now meets it.
        GraphQL.run("editing/timeline", Map.of("year", 2377, "after", cursor)).statusCode(200)
                .body("data.events.nodes.slug", equalTo(List.of("kessik-uprising")));
    }
}
