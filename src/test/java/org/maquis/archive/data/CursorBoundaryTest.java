package org.maquis.archive.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/**
 * A cursor, once decoded, crosses the same boundary as the client's values: for each order of the archive's
 * connections, a cursor the server made is taken apart and each sort key replaced, by its kind, with what SQL must
 * never get (text with NUL or an unpaired surrogate, a date that is no date of the archive's years, a number that is
 * text): BAD_USER_INPUT, after and before alike. A date at the bounds, or the `infinity` of undated rows, is a key.
 */
@QuarkusTest
class CursorBoundaryTest {

    /** A connection to page: the kept operation, its variables, where the connection is in the answer. */
    record Connection(String operation, Map<String, Object> variables, String at) {
    }

    private static final List<Connection> CONNECTIONS = List.of(
            new Connection("paging/people-ordered", Map.of("orderBy", "NAME_ASC"), "data.people"),
            new Connection("paging/people-ordered", Map.of("orderBy", "NAME_DESC"), "data.people"),
            new Connection("paging/events-ordered", Map.of("orderBy", "DATE_ASC"), "data.events"),
            new Connection("paging/events-ordered", Map.of("orderBy", "DATE_DESC"), "data.events"),
            new Connection("paging/members", Map.of("slug", "maquis"), "data.faction.members"),
            new Connection("paging/participants", Map.of("slug", "seska-ezri-tigan-and-jadzia-dax-brought-to-the-primary-universe"),
                    "data.event.participants"),
            new Connection("boundary/person-events", Map.of("slug", "typhuss-james-halliwell"), "data.person.events"));

    private static final List<String> BAD_TEXT = List.of("\u0000", "Kira\u0000", "\ud800", "Kira\udfff");
    private static final List<String> BAD_DATES = List.of("+5874898-01-01", "4002-12-31 BC", "100000-01-01", "2370-13-01",
            "-4000-01-01", "2370-01-01'; select 1; --");
    private static final List<String> GOOD_DATES = List.of("4001-01-01 BC", "99999-12-31", "infinity");

    @Test
    void everySortKeyOfEveryOrderIsCheckedOnceDecoded() {
        TreeSet<String> orders = new TreeSet<>();
        int crafted = 0;
        for (Connection connection : CONNECTIONS) {
            String cursor = page(connection, "first", 2, null, null).getString(connection.at() + ".pageInfo.endCursor");
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String order = raw.substring(0, raw.indexOf(':'));
            orders.add(order);
            JsonArray keys = new JsonArray(raw.substring(order.length() + 1));
            for (int i = 0; i < keys.size(); i++) {
                for (Object bad : bad(keys.getValue(i))) {
                    String craftedCursor = cursor(order, keys.copy().set(i, bad));
                    for (String direction : List.of("after", "before")) {
                        JsonPath answer = page(connection, direction.equals("after") ? "first" : "last", 2, direction, craftedCursor);
                        String what = connection + " " + direction + " " + order + " key " + i + " = " + new JsonArray().add(bad).encode();
                        assertNull(answer.get(connection.at()), what);
                        assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"), what);
                        assertEquals("`" + craftedCursor + "` is not a valid cursor for this connection in this order.",
                                answer.getString("errors[0].message"), what);
                        crafted++;
                    }
                }
                if (isDate(keys.getValue(i))) {
                    for (String held : GOOD_DATES) {
                        JsonPath answer = page(connection, "first", 2, "after", cursor(order, keys.copy().set(i, held)));
                        assertNull(answer.get("errors"), connection + " after a date of " + held);
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(List.of("article", "name", "name-desc", "participant-timeline", "sort-date", "timeline",
                "timeline-desc")), orders);
        assertTrue(crafted > 100, "crafted cursors: " + crafted);
    }

    /** What must be refused in place of a key of this kind: a date's, a text's, or a number's. */
    private static List<Object> bad(Object key) {
        if (isDate(key)) {
            return new ArrayList<>(BAD_DATES);
        }
        if (key instanceof String) {
            return new ArrayList<>(BAD_TEXT);
        }
        return List.of("1", "' or 1=1", true);
    }

    private static boolean isDate(Object key) {
        return key instanceof String text && text.matches("-?infinity|\\d{4,5}-\\d\\d-\\d\\d( BC)?");
    }

    /** A cursor as the server writes one; its JSON escapes every character beyond ASCII, a lone surrogate too. */
    private static String cursor(String order, JsonArray keys) {
        StringBuilder json = new StringBuilder();
        for (char c : keys.encode().toCharArray()) {
            json.append(c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString((order + ":" + json).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonPath page(Connection connection, String size, int count, String direction, String cursor) {
        Map<String, Object> variables = new HashMap<>(connection.variables());
        variables.put(size, count);
        if (direction != null) {
            variables.put(direction, cursor);
        }
        return GraphQL.run(connection.operation(), variables).statusCode(200).extract().jsonPath();
    }
}
