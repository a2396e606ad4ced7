package org.maquis.archive.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** What the tests of the link mutations share: the lore's ids (graphql/editing/links/ids) and what history holds. */
public final class Links {

    public static final Map<String, Object> IN_2370 = Map.of("earliest", "2370-01-01", "latest", "2370-12-31", "wording", "in 2370");
    public static final Map<String, Object> IN_2371 = Map.of("earliest", "2371-01-01", "latest", "2371-12-31", "wording", "in 2371");

    private final JsonPath ids;

    private Links(JsonPath ids) {
        this.ids = ids;
    }

    /** Reads the ids of the lore things the link tests use, once per test. */
    public static Links read() {
        return new Links(GraphQL.run("editing/links/ids").statusCode(200).extract().jsonPath());
    }

    /** The id of the thing under this alias in editing/links/ids.graphql ({@code id("maquis")}). */
    public String id(String alias) {
        String id = ids.getString("data." + alias + ".id");
        if (id == null) {
            throw new IllegalArgumentException("editing/links/ids has no " + alias);
        }
        return id;
    }

    /** The mutations recorded in history for rows of {@code nodeType} (`Marriage`), oldest first. */
    public static List<String> recorded(DataSource database, String nodeType) throws SQLException {
        List<String> mutations = new ArrayList<>();
        try (var c = database.getConnection(); var s = c.prepareStatement("select mutation from change where node_type = ? order by id")) {
            s.setString(1, nodeType);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    mutations.add(rs.getString(1));
                }
            }
        }
        return mutations;
    }

    /** Asserts that no mutation changed anything: history is empty and no row was added through the API. */
    public static void assertNothingChanged(DataSource database, String table) throws SQLException {
        try (var c = database.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select (select count(*) from change) + (select count(*) from " + table + " where id >= 1000000)")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "a refused mutation left something in " + table + " or in history");
        }
    }
}
