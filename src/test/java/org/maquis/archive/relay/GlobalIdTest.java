package org.maquis.archive.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maquis.archive.errors.BadUserInput;

/**
 * Global ids without a server: what {@link GlobalId#encode} writes, {@link GlobalId#decode} reads back, and
 * anything else is refused as {@link BadUserInput} naming the id. Whether a type name is a node type is not
 * GlobalId's to say (NodeType looks it up through Arc; NodeTest asks the server), so a well-formed id of an unknown
 * type decodes here.
 */
class GlobalIdTest {

    @Test
    void anIdReadsBackAsTheTypeAndRowItWasWrittenFrom() {
        for (String type : List.of("Person", "ShipClass", "SpeciesMembership", "A1", "with_underscore")) {
            for (long row : List.of(0L, 1L, 1_000_000L, Long.MAX_VALUE)) {
                assertEquals(new GlobalId(type, row), GlobalId.decode(GlobalId.encode(type, row)), type + " " + row);
            }
        }
    }

    @Test
    void anIdIsUrlSafeBase64WithoutPaddingOfTypeColonRow() {
        assertEquals(enc("Person:3"), GlobalId.encode("Person", 3));
        for (long row = 0; row < 300; row++) {
            String id = GlobalId.encode("Faction", row);
            assertTrue(id.matches("[A-Za-z0-9_-]+"), id);
        }
    }

    @Test
    void whatIsNotBase64IsRefused() {
        for (String id : List.of("", "!!!!", "Person:1", "UGVyc29uOjE=x", "UGVy c29uOjE", "UGVyc29u+jE", "UGVyc29u/jE", "A")) {
            refused(id);
        }
    }

    @Test
    void anIdWithoutTypeSeparatorOrRowIsRefused() {
        for (String raw : List.of("Person", "Person1", ":1", "Person:", ":", "")) {
            refused(enc(raw));
        }
    }

    @Test
    void aRowThatIsNoNumberIsRefused() {
        for (String raw : List.of("Person:abc", "Person:1a", "Person: 1", "Person:1 ", "Person:1.0", "Person:0x1F",
                "Person:1e3", "Person:92233720368547758070", "Person:--1")) {
            refused(enc(raw));
        }
    }

    /** One row has one id: a row key written with a sign, a leading zero or other digits than ASCII's is none. */
    @Test
    void aRowKeyIsWrittenOneWayOnly() {
        for (String raw : List.of("Person:-1", "Person:+1", "Person:01", "Person:00", "Person:-0", "Person:\u0661",
                "Person:1\u0661", "Person:\uff11")) {
            refused(enc(raw));
        }
        assertEquals(new GlobalId("Person", 10), GlobalId.decode(enc("Person:10")));
    }

    @Test
    void anIdOfAnyOtherShapeIsRefused() {
        for (String raw : List.of("Person:1:2", "Per son:1", "Person-x:1", "Pérson:1", "\u00e9:1", "Person\n:1",
                "{\"type\":\"Person\",\"id\":1}", "Person;1", "Person=1")) {
            refused(enc(raw));
        }
    }

    @Test
    void aTypeWithNulOrALoneSurrogateIsRefused() {
        refused(enc("Per\u0000son:1"));
        refused(enc("\u0000:1"));
        refused(Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {'P', (byte) 0xed, (byte) 0xa0, (byte) 0x80, ':', '1'}));
        refused(Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {(byte) 0xff, ':', '1'}));
    }

    private static String enc(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(String id) {
        BadUserInput refusal = assertThrows(BadUserInput.class, () -> GlobalId.decode(id), () -> "decoded: " + id);
        assertEquals("`" + id + "` is not a valid id.", refusal.getMessage());
    }
}
