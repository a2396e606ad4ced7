package org.maquis.archive.data;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maquis.archive.support.GraphQL.clean;
import static org.maquis.archive.support.GraphQL.post;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.maquis.archive.galaxy.Galaxy;
import org.maquis.archive.history.Change;
import org.maquis.archive.lore.Entry;

/**
 * A new type is a new package plus its migration: the table of node types is discovered from the entities
 * ({@link NodeType}), and this test fails when a type lacks any part the rest of the archive expects of it: its
 * GraphQL type with an id, a version and a history; its table's history trigger; for an entry, its search document
 * triggers and its place among search's results; the galaxy generator's tables and the tests' clean-up (both read
 * {@link Galaxy#tablesChildrenFirst}).
 */
@QuarkusTest
class NodeTypePartsTest {

    @Inject
    AgroalDataSource database;

    private static List<NodeType> records() {
        return NodeType.all().stream().filter(t -> t.entity() != Change.class).toList();
    }

    @Test
    void theTableOfNodeTypesIsDiscoveredWhole() {
        List<String> served = clean(post(Map.of("query", "{ __type(name: \"Node\") { possibleTypes { name } } }")))
                .extract().path("data.__type.possibleTypes.name");
        assertEquals(new TreeSet<>(served), new TreeSet<>(NodeType.all().stream().map(NodeType::graphQlName).toList()),
                "the node types discovered are the types the schema serves as nodes");
        assertTrue(served.size() > 10, "nodes served: " + served);
        for (NodeType type : NodeType.all()) {
            assertEquals(type, NodeType.named(type.graphQlName()).orElseThrow());
            assertEquals(type, NodeType.forTable(type.table()).orElseThrow());
            assertEquals(type, NodeType.of(type.entity()));
        }
    }

    @Test
    void everyRecordIsServedWithItsIdVersionAndHistory() {
        for (NodeType type : records()) {
            clean(post(Map.of("query", "query($t: String!) { __type(name: $t) { fields { name } interfaces { name } } }",
                    "variables", Map.of("t", type.graphQlName()))))
                    .body("data.__type.fields.name", hasItem("id"))
                    .body("data.__type.fields.name", hasItem("version"))
                    .body("data.__type.fields.name", hasItem("history"))
                    .body("data.__type.interfaces.name", hasItem("Node"));
        }
    }

    @Test
    void everyRecordsTableRecordsItsHistory() throws SQLException {
        for (NodeType type : records()) {
            assertTrue(triggers(type.table()).contains(type.table() + "_history"), type + " has no history trigger");
        }
    }

    @Test
    void everyEntryIsFoundBySearch() throws SQLException {
        List<String> entries = new ArrayList<>();
        for (NodeType type : records()) {
            if (Entry.class.isAssignableFrom(type.entity())) {
                entries.add(type.graphQlName());
                assertTrue(triggers(type.table()).containsAll(Set.of("search_document_insert", "search_document_update",
                        "search_document_delete")), type + " keeps no search documents");
            }
        }
        assertTrue(entries.contains("Person") && entries.contains("Ship"), "entries: " + entries);
    }

    @Test
    void searchFindsAnEntryOfEveryType() throws SQLException {
        for (NodeType type : records()) {
            if (Entry.class.isAssignableFrom(type.entity())) {
                String name;
                try (Connection c = database.getConnection();
                        ResultSet rs = c.createStatement().executeQuery("select name from " + type.table() + " order by id limit 1")) {
                    assertTrue(rs.next(), type + " has no row in the lore");
                    name = rs.getString(1);
                }
                clean(post(Map.of("query", "query($q: String!) { search(query: $q, first: 50) { edges { node { __typename } } } }",
                        "variables", Map.of("q", name))))
                        .body("data.search.edges.node.__typename", hasItem(type.graphQlName()));
            }
        }
    }

    @Test
    void everyRecordedTableIsGeneratedAndCleanedUp() throws SQLException {
        Set<String> recorded = new TreeSet<>();
        try (Connection c = database.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid"
                        + " where not t.tgisinternal and t.tgname = c.relname || '_history'")) {
            while (rs.next()) {
                recorded.add(rs.getString(1));
            }
        }
        records().forEach(type -> assertTrue(recorded.contains(type.table()), type + "'s table records no history"));
        assertEquals(recorded, new TreeSet<>(Galaxy.tablesChildrenFirst()),
                "the tables the galaxy generates and the tests clean up are the recorded ones");
    }

    private Set<String> triggers(String table) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("select t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid"
                        + " where not t.tgisinternal and c.relname = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
