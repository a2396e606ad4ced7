package org.maquis.archive.data;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Editing;
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
        String id = Archivist.run("editing/create-person", Editing.tomalak()).extract().path("data.createPerson.person.id");
        GraphQL.run("editing/people-count").body("data.people.totalCount", equalTo(before + 1));
        Archivist.run("editing/update-person", Editing.input("id", id, "version", 1, "name", "Velal Toreth"))
                .body("data.updatePerson.userErrors", empty());
        GraphQL.run("editing/search", Map.of("query", "Velal Toreth")).body("data.search.nodes.name", hasItem("Velal Toreth"));
        GraphQL.clean(GraphQL.run("editing/search", Map.of("query", "Tomalak of Rator"))).body("data.search.nodes", notNullValue())
                .body("data.search.nodes.name", not(hasItem("Tomalak of Rator")));
        Archivist.run("editing/delete-record", Editing.input("id", id, "version", 2)).body("data.deleteRecord.userErrors", empty());
        GraphQL.run("editing/people-count").body("data.people.totalCount", equalTo(before));
        GraphQL.clean(GraphQL.run("editing/search", Map.of("query", "Velal Toreth"))).body("data.search.nodes", notNullValue())
                .body("data.search.nodes.name", not(hasItem("Velal Toreth")));
    }

    @Test
    void theTimelineAndACursorTakenBeforeSeeANewEvent() {
        var first = GraphQL.run("editing/timeline", Map.of("year", 2377)).statusCode(200).extract().jsonPath();
        int total = first.getInt("data.events.totalCount");
        String cursor = first.getString("data.events.pageInfo.endCursor");
        Archivist.run("editing/record-event", Editing.input("name", "Kessik uprising", "universe", "MIRROR",
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

    @Test
    void searchNamesCountTheDocumentsThatBearThemThroughEveryChange() throws SQLException {
        try (Connection c = database.getConnection()) {
            assertThat("after the lore's load", miscountedNames(c), empty());
            assertTrue(searchNames(c) > 0, "the lore's names are counted at all");
            String id = Archivist.run("editing/create-person", Editing.tomalak()).extract().path("data.createPerson.person.id");
            assertThat("after a creation", miscountedNames(c), empty());
            Archivist.run("editing/update-person", Editing.input("id", id, "version", 1, "name", "Velal Toreth"))
                    .body("data.updatePerson.userErrors", empty());
            assertThat("after a renaming", miscountedNames(c), empty());
            Archivist.run("editing/delete-record", Editing.input("id", id, "version", 2)).body("data.deleteRecord.userErrors", empty());
            assertThat("after a deletion", miscountedNames(c), empty());
            // Many rows in one statement, outside the API, in a transaction rolled back at the end: five species
            // renamed, then given one name (which others bear already); three new ones, then deleted.
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("update species set name = name || ' of old' where id in (select id from species order by id limit 5)");
                assertThat("after a renaming of several rows", miscountedNames(c), empty());
                s.execute("update species set name = 'Marlena Moreau' where name like '% of old'");
                assertThat("after several rows took a name others bear", miscountedNames(c), empty());
                s.execute("insert into species (slug, name, universe, description) select 'kessik-' || i, 'Kessik', 'MIRROR',"
                        + " 'A people of the Kessik nebula.' from generate_series(1, 3) i");
                assertThat("after several rows came with one new name", miscountedNames(c), empty());
                s.execute("delete from species where slug like 'kessik-%'");
                assertThat("after they went", miscountedNames(c), empty());
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        GraphQL.run("editing/search", Map.of("query", "Marlena Moro")).body("data.search.nodes.name", hasItem("Marlena Moreau"));
    }

    private static long searchNames(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from search_name where documents > 0")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * The names whose count in search_name differs from the documents that bear them (V8__search_names.sql), the
     * first ten. ScaleTest asks it of a galaxy load too.
     */
    static List<String> miscountedNames(Connection c) throws SQLException {
        List<String> wrong = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        select coalesce(n.plain_name, d.plain_name) || ': ' || coalesce(n.documents, 0) || ' counted, '
                               || coalesce(d.documents, 0) || ' documents'
                        from search_name n
                        full join (select plain_name, count(*) as documents from search_document group by plain_name) d
                          on d.plain_name = n.plain_name
                        where coalesce(n.documents, 0) <> coalesce(d.documents, 0)
                        limit 10""")) {
            while (r.next()) {
                wrong.add(r.getString(1));
            }
        }
        return wrong;
    }
}
