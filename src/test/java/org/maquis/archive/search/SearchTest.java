package org.maquis.archive.search;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

@QuarkusTest
class SearchTest {

    static final String PROMETHEUS = "Prometheus";

    @Inject
    AgroalDataSource database;

    @Test
    void aMisspeltNameFindsItsPersonFirst() {
        GraphQL.run("search/search", Map.of("query", "Marlena Moro")).statusCode(200)
                .body("errors", nullValue())
                .body("data.search.nodes[0].__typename", equalTo("Person"))
                .body("data.search.nodes[0].slug", equalTo("marlena-moreau"));
    }

    @Test
    void prometheusFindsTheShipItsClassAndItsCaptureFirst() {
        GraphQL.run("search/search", Map.of("query", PROMETHEUS, "first", 4)).statusCode(200)
                .body("errors", nullValue())
                .body("data.search.nodes.slug", hasItems("iss-prometheus", "prometheus-class", "capture-of-the-iss-prometheus"));
    }

    @Test
    void wordsMatchInAnyForm() {
        GraphQL.run("search/search", Map.of("query", "raids", "first", 4)).statusCode(200)
                .body("data.search.nodes.__typename", everyItem(equalTo("Event")))
                .body("data.search.nodes.slug", hasItems("raid-on-rigel-iv"));
    }

    @Test
    void nothingMatchesNonsense() {
        GraphQL.run("search/search", Map.of("query", "qqqxzzv")).statusCode(200)
                .body("data.search.totalCount", equalTo(0))
                .body("data.search.pageInfo.endCursor", nullValue());
    }

    @Test
    void resultsPageWithCursorsInRankOrder() {
        List<String> whole = GraphQL.clean(GraphQL.run("search/search", Map.of("query", "Maquis", "first", 100)))
                .extract().path("data.search.nodes.id");
        assertTrue(whole.size() > 3, "more than one page of three: " + whole);
        List<String> walked = new ArrayList<>();
        Map<String, Object> vars = new HashMap<>(Map.of("query", "Maquis", "first", 3));
        while (true) {
            var page = GraphQL.run("search/search", vars).statusCode(200).body("errors", nullValue()).extract().jsonPath();
            walked.addAll(page.getList("data.search.nodes.id"));
            if (!page.getBoolean("data.search.pageInfo.hasNextPage")) {
                break;
            }
            vars.put("after", page.getString("data.search.pageInfo.endCursor"));
        }
        assertEquals(whole, walked);
        GraphQL.clean(GraphQL.run("search/search", Map.of("query", "Maquis", "first", 100)))
                .body("data.search.nodes.id", hasSize(whole.size()))
                .body("data.search.nodes.id", not(hasItems((String) null)));
    }

    @Test
    void documentsFollowTheirRows() throws SQLException {
        try {
            sql("insert into person (id, slug, name, universe, description) "
                    + "values (990001, 'zefram-quillon', 'Zéfram Quillon', 'MIRROR', 'A smuggler of dilithium')");
            GraphQL.run("search/search", Map.of("query", "Zefram Quillon")).statusCode(200)
                    .body("data.search.nodes[0].slug", equalTo("zefram-quillon"));
            GraphQL.run("search/search", Map.of("query", "dilithium")).statusCode(200)
                    .body("data.search.nodes.slug", hasItems("zefram-quillon"));

            sql("update person set name = 'Zefram Quellek', description = 'A courier' where id = 990001");
            GraphQL.run("search/search", Map.of("query", "Quellek")).statusCode(200)
                    .body("data.search.nodes[0].slug", equalTo("zefram-quillon"));
            GraphQL.clean(GraphQL.run("search/search", Map.of("query", "dilithium"))).body("data.search.nodes", notNullValue())
                    .body("data.search.nodes.slug", not(hasItems("zefram-quillon")));

            sql("delete from person where id = 990001");
            GraphQL.run("search/search", Map.of("query", "Quellek")).statusCode(200)
                    .body("data.search.totalCount", equalTo(0));
        } finally {
            sql("delete from person where id = 990001");
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
