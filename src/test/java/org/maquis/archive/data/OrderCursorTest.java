package org.maquis.archive.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.maquis.archive.errors.BadUserInput;
import org.maquis.archive.event.EventOrder;

/**
 * Cursors without a server, for each order the tests can reach (data's own and every {@link EventOrder}; the history
 * and participant orders are private to their packages): a cursor of a row's sort keys reads back as those keys,
 * and a crafted cursor (another order's, the wrong count or kind of keys, a null, no JSON array) is BAD_USER_INPUT.
 * The key types are read from the order's own keyset condition, so an order with other keys is sampled as it is.
 */
class OrderCursorTest {

    private static final Pattern KEY_TYPE = Pattern.compile("as text\\) as (text|date|bigint)\\)");

    static List<Order> orders() {
        return Stream.concat(Stream.of(Order.NAME, Order.NAME_DESC, Order.ARTICLE, Order.SORT_DATE),
                Arrays.stream(EventOrder.values()).map(EventOrder::order)).distinct().toList();
    }

    /** The types of an order's sort keys, in order, the row key last. */
    static List<String> types(Order order) {
        List<String> types = new ArrayList<>();
        Matcher type = KEY_TYPE.matcher(order.keyset(true, "k"));
        while (type.find()) {
            types.add(type.group(1));
        }
        assertFalse(types.isEmpty(), order + " has no sort keys: " + order.keyset(true, "k"));
        assertEquals("bigint", types.get(types.size() - 1), order + " ends with the row key");
        return types;
    }

    /** A sample of each kind, as JSON and as the text decode gives SQL. */
    private static String json(String type, int variant) {
        return switch (type) {
            case "text" -> List.of("\"Kira\"", "\"O'Brien \\ud83d\\ude00\"", "\"\"").get(variant);
            case "date" -> List.of("\"2370-01-31\"", "\"4001-01-01 BC\"", "\"infinity\"").get(variant);
            default -> List.of("903", "0", String.valueOf(Long.MAX_VALUE)).get(variant);
        };
    }

    private static String text(String type, int variant) {
        return switch (type) {
            case "text" -> List.of("Kira", "O'Brien \ud83d\ude00", "").get(variant);
            case "date" -> List.of("2370-01-31", "4001-01-01 BC", "infinity").get(variant);
            default -> List.of("903", "0", String.valueOf(Long.MAX_VALUE)).get(variant);
        };
    }

    private static String array(List<String> values) {
        return values.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    void aCursorOfEachOrderReadsBackAsItsRowsSortKeys() {
        for (Order order : orders()) {
            List<String> types = types(order);
            for (int variant = 0; variant < 3; variant++) {
                int v = variant;
                String cursor = order.cursor(array(types.stream().map(t -> json(t, v)).toList()));
                assertEquals(types.stream().map(t -> text(t, v)).toList(), order.decode(cursor), order + " " + cursor);
            }
        }
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        for (Order made : orders()) {
            String cursor = made.cursor(array(types(made).stream().map(t -> json(t, 0)).toList()));
            for (Order other : orders()) {
                if (other != made && !other.toString().equals(made.toString())) {
                    refused(other, cursor);
                }
            }
        }
    }

    @Test
    void aCursorWithTooFewOrTooManyKeysIsRefused() {
        for (Order order : orders()) {
            List<String> keys = new ArrayList<>(types(order).stream().map(t -> json(t, 0)).toList());
            refused(order, order.cursor(array(keys.subList(0, keys.size() - 1))));
            keys.add("1");
            refused(order, order.cursor(array(keys)));
            refused(order, order.cursor("[]"));
        }
    }

    @Test
    void aKeyOfTheWrongKindOrNullIsRefused() {
        for (Order order : orders()) {
            List<String> types = types(order);
            for (int i = 0; i < types.size(); i++) {
                List<String> wrongs = switch (types.get(i)) {
                    case "text" -> List.of("404", "null", "true", "[\"Kira\"]", "{}", "\"Ki\\u0000ra\"", "\"\\udfff\"");
                    case "date" -> List.of("20370101", "null", "\"2370-13-01\"", "\"tomorrow\"", "\"+100000-01-01\"");
                    default -> List.of("\"903\"", "null", "true", "[903]", "{}");
                };
                for (String wrong : wrongs) {
                    List<String> keys = new ArrayList<>(types.stream().map(t -> json(t, 0)).toList());
                    keys.set(i, wrong);
                    refused(order, order.cursor(array(keys)));
                }
            }
        }
    }

    /** A row key or other bigint key is read as written or not at all: never rounded from a fraction or cut to 64 bits. */
    @Test
    void aBigintKeyIsAWholeNumberOf64Bits() {
        for (Order order : orders()) {
            List<String> types = types(order);
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i).equals("bigint")) {
                    for (String wrong : List.of("1.5", "903.0", "1e3", "9223372036854775808", "-9223372036854775809",
                            "18446744073709552519")) {
                        List<String> keys = new ArrayList<>(types.stream().map(t -> json(t, 0)).toList());
                        keys.set(i, wrong);
                        refused(order, order.cursor(array(keys)));
                    }
                }
            }
        }
    }

    @Test
    void aCursorThatIsNoJsonArrayOfThisOrderIsRefused() {
        for (Order order : orders()) {
            String name = order.toString();
            String keys = array(types(order).stream().map(t -> json(t, 0)).toList());
            for (String raw : List.of(name + keys.substring(1), name + ":" + keys + "]", name + ":" + keys + " x",
                    name + ":{\"a\": 1}", name + ":", name, ":" + keys, " " + name + ":" + keys,
                    name.toUpperCase() + ":" + keys, name + "::" + keys, name + ":\"" + keys + "\"")) {
                refused(order, encode(raw));
            }
            for (String notBase64 : List.of("not base64 at all!", "a", name + ":" + keys,
                    order.cursor(keys) + "=x", order.cursor(keys).replace('-', '+').replace('_', '/') + "+/")) {
                refused(order, notBase64);
            }
        }
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(Order order, String cursor) {
        BadUserInput refusal = assertThrows(BadUserInput.class, () -> order.decode(cursor), () -> order + " decoded " + cursor);
        assertEquals("`" + cursor + "` is not a valid cursor for this connection in this order.", refusal.getMessage());
    }
}
