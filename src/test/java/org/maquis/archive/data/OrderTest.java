package org.maquis.archive.data;

import org.maquis.archive.errors.BadUserInput;
import org.maquis.archive.relay.PageLimits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Orders as data, without a server: the SQL they write and the cursors they read. */
class OrderTest {

    static final Order TIMELINE = Order.ascending("timeline", Order.date("t.date_first"), Order.date("t.date_last"));

    @Test
    void anOrderWritesOrderByKeysetAndCursorFromOneDeclaration() {
        assertEquals("t.date_first asc, t.date_last asc, t.id asc", TIMELINE.orderBy(false));
        assertEquals("t.date_first desc, t.date_last desc, t.id desc", TIMELINE.orderBy(true));
        assertEquals("(t.date_first, t.date_last, t.id) > (cast(cast(:a0 as text) as date), "
                + "cast(cast(:a1 as text) as date), cast(cast(:a2 as text) as bigint))", TIMELINE.keyset(true, "a"));
        assertTrue(TIMELINE.keyset(false, "b").contains(") < ("));
        assertEquals("cast(json_build_array(t.date_first, t.date_last, t.id) as text)", TIMELINE.cursorSql());
    }

    @Test
    void aDescendingOrderTurnsEveryComparison() {
        assertEquals("t.name desc, t.id desc", Order.NAME_DESC.orderBy(false));
        assertTrue(Order.NAME_DESC.keyset(true, "a").contains(") < ("));
        assertTrue(Order.NAME_DESC.keyset(false, "a").contains(") > ("));
    }

    @Test
    void aCursorCarriesItsRowsSortKeys() {
        String cursor = TIMELINE.cursor("[\"2370-01-01\", \"infinity\", 903]");
        assertEquals(List.of("2370-01-01", "infinity", "903"), TIMELINE.decode(cursor));
        assertEquals(List.of("Kira", "404"), Order.NAME.decode(Order.NAME.cursor("[\"Kira\", 404]")));
    }

    @Test
    void aCursorOfAnotherOrderOrShapeIsBadUserInput() {
        String byName = Order.NAME.cursor("[\"Kira\", 404]");
        assertThrows(BadUserInput.class, () -> TIMELINE.decode(byName));
        assertThrows(BadUserInput.class, () -> Order.NAME_DESC.decode(byName));
        assertThrows(BadUserInput.class, () -> TIMELINE.decode(TIMELINE.cursor("[\"2370-13-01\", \"infinity\", 1]")));
        assertThrows(BadUserInput.class, () -> TIMELINE.decode(TIMELINE.cursor("[\"2370-01-01\", null, 1]")));
        assertThrows(BadUserInput.class, () -> Order.NAME.decode(Order.NAME.cursor("[404, \"Kira\"]")));
        assertThrows(BadUserInput.class, () -> Order.NAME.decode("not base64 at all!"));
        assertThrows(BadUserInput.class, () -> Order.NAME.decode(Order.NAME.cursor("{\"a\": 1}")));
    }

    @Test
    void aCursorsKeysPassTheBoundaryAsAClientsValuesDo() {
        // PostgreSQL writes a date in a cursor its own way: years BC with a suffix, five-digit years without a sign.
        for (String held : List.of("4001-01-01 BC", "99999-12-31", "-infinity")) {
            assertEquals(List.of(held, "infinity", "1"), TIMELINE.decode(TIMELINE.cursor("[\"" + held + "\", \"infinity\", 1]")));
        }
        for (String outside : List.of("+5874898-01-01", "+999999999-12-31", "4002-12-31 BC", "100000-01-01", "-4000-01-01",
                "2370-01-01'; select 1; --")) {
            assertThrows(BadUserInput.class, () -> TIMELINE.decode(TIMELINE.cursor("[\"" + outside + "\", \"infinity\", 1]")),
                    outside);
        }
        for (String text : List.of("\\u0000", "Kira\\u0000", "\\ud800", "\\udfffKira")) {
            assertThrows(BadUserInput.class, () -> Order.NAME.decode(Order.NAME.cursor("[\"" + text + "\", 1]")), text);
        }
        assertEquals(List.of("Kira \uD83D\uDE00", "1"), Order.NAME.decode(Order.NAME.cursor("[\"Kira \\ud83d\\ude00\", 1]")));
    }

    @Test
    void aPageReadsOneRowMoreAndTurnsABackwardReadAround() {
        PageLimits limits = new PageLimits() {
            public int defaultSize() {
                return 20;
            }

            public int maxSize() {
                return 100;
            }
        };
        PageRequest forward = PageRequest.of(Order.NAME, 2, null, null, null, limits, false);
        assertEquals(3, forward.rowsToRead());
        Slice<String> page = forward.slice(List.of("a", "b", "c"), List.of("[\"a\", 1]", "[\"b\", 2]", "[\"c\", 3]"), null);
        assertEquals(List.of("a", "b"), page.items());
        assertTrue(page.hasNext());
        assertFalse(page.hasPrevious());

        PageRequest backward = PageRequest.of(Order.NAME, null, null, 2, null, limits, false);
        Slice<String> last = backward.slice(List.of("z", "y"), List.of("[\"z\", 9]", "[\"y\", 8]"), null);
        assertEquals(List.of("y", "z"), last.items());
        assertFalse(last.hasPrevious(), "only two rows were there");

        assertThrows(BadUserInput.class, () -> PageRequest.of(Order.NAME, 101, null, null, null, limits, false));
        assertThrows(BadUserInput.class, () -> PageRequest.of(Order.NAME, 1, null, 1, null, limits, false));
        assertThrows(BadUserInput.class, () -> PageRequest.of(Order.NAME, -1, null, null, null, limits, false));
    }
}
