package org.maquis.archive.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maquis.archive.relay.GlobalId;

/**
 * The classes of hostile values, by the type of the argument or input field they go into: NUL and lone surrogates in
 * text, text beyond its documented maximum, dates beyond the archive's years (-4000 to 99999) and malformed ones,
 * numbers at and beyond 32 bits, ids that name nothing or the wrong thing, and a value of the wrong kind for each. Every
 * value here is one that a write must refuse; {@link #BOUNDS} holds the valid extremes, sent only where they may land.
 */
public final class HostileScalars {

    /**
     * A value and the name of its class, which reports group failures by. A {@code variant} is one of several values of
     * one class (malformed dates, say), of which each slot gets a few, chosen by the seed; the others go everywhere.
     */
    public record Hostile(String label, Object value, boolean variant) {
        public Hostile(String label, Object value) {
            this(label, value, false);
        }
    }

    /** In place of a value: the slot's valid value, written as text ("1" for an Int whose valid value is 1). */
    public static final Object VALID_AS_TEXT = new Object() {
        @Override
        public String toString() {
            return "the valid value as text";
        }
    };

    /** Dates exactly at the archive's bounds: valid, so a write with them lands. */
    public static final List<String> BOUNDS = List.of("-4000-01-01", "+99999-12-31");

    /** Years just beyond the bounds, beyond PostgreSQL's dates, and beyond its storage: a write must refuse each. */
    public static final List<String> FAR_DATES = List.of("-4001-12-31", "+100000-01-01", "+5874898-01-01", "+999999999-12-31");

    /** Dates that are no dates (or of a year no date type holds). */
    public static final List<String> MALFORMED_DATES = List.of("2370-13-01", "2298-02-30", "-999999999-01-01", "0000-00-00",
            "2375-1-1", "", "x");

    /** MAQUIS_LIMIT_BODY_BYTES in the tests: the default. */
    public static final int BODY_LIMIT = 100_000;

    private HostileScalars() {
    }

    /** The hostile values for a field of this named type; {@code maxLength} from its description, if it says. */
    public static List<Hostile> forType(Shapes.Type type, Optional<Integer> maxLength, String idOfField) {
        List<Hostile> values = new ArrayList<>();
        switch (type.kind()) {
            case "ENUM" -> {
                values.add(new Hostile("enum: NUL", type.enumValues().get(0) + "\u0000"));
                values.add(new Hostile("enum: unknown", Calls.Literal.enumValue("NOT_" + type.enumValues().get(0))));
            }
            case "INPUT_OBJECT" -> {
                values.add(new Hostile("input: text", "\u0000"));
                values.add(new Hostile("input: list", List.of(Map.of())));
            }
            default -> values.addAll(scalar(type.name(), maxLength, idOfField));
        }
        return values;
    }

    private static List<Hostile> scalar(String scalar, Optional<Integer> maxLength, String idOfField) {
        List<Hostile> values = new ArrayList<>();
        switch (scalar) {
            case "String" -> {
                values.addAll(text());
                maxLength.ifPresent(max -> values.add(new Hostile("text: over its maximum", "x".repeat(max + 1))));
                // Characters, not bytes: two bytes each in UTF-8, six characters each as an escape in a document.
                maxLength.filter(max -> max <= 200).ifPresent(max -> values.add(new Hostile("text: over its maximum in \u00e9", "\u00e9".repeat(max + 1))));
                if (maxLength.isEmpty()) {
                    // No maximum documented: the body's limit is the only one (HTTP 413).
                    values.add(new Hostile("text: beyond the body limit", "x".repeat(BODY_LIMIT + 1)));
                }
                values.add(new Hostile("text: a number", Calls.Literal.number("7")));
            }
            case "ID" -> {
                values.addAll(text());
                String type = idOfField == null ? "Person" : GlobalId.decode(idOfField).type();
                values.add(new Hostile("id: key beyond 64 bits", raw(type + ":99999999999999999999")));
                values.add(new Hostile("id: key beyond 32 bits", raw(type + ":2147483648")));
                values.add(new Hostile("id: NUL in the key", raw(type + ":4\u000001"), true));
                values.add(new Hostile("id: of the wrong type", raw((type.equals("Place") ? "Ship" : "Place") + ":202")));
                values.add(new Hostile("id: 5000 characters", "UGVyc29uOj" + "E".repeat(5000), true));
            }
            case "Int" -> {
                values.add(new Hostile("int: 2^31 - 1", Integer.MAX_VALUE));
                values.add(new Hostile("int: -2^31", Integer.MIN_VALUE));
                values.add(new Hostile("int: 2^31", 2147483648L));
                values.add(new Hostile("int: -2^31 - 1", -2147483649L));
                values.add(new Hostile("int: 2^63", Calls.Literal.number("9223372036854775808"), true));
                values.add(new Hostile("int: 1e100", Calls.Literal.number("1e100"), true));
                values.add(new Hostile("int: 1.5", Calls.Literal.number("1.5"), true));
                values.add(new Hostile("int: text", VALID_AS_TEXT));
            }
            case "Date" -> {
                FAR_DATES.forEach(date -> values.add(new Hostile("date: " + date, date)));
                MALFORMED_DATES.forEach(date -> values.add(new Hostile("date: " + (date.isEmpty() ? "empty" : date), date, true)));
                values.add(new Hostile("date: NUL", "2375-01-01\u0000", true));
                values.add(new Hostile("date: a number", Calls.Literal.number("2375"), true));
            }
            case "Boolean" -> {
                values.add(new Hostile("boolean: text", "true"));
                values.add(new Hostile("boolean: number", 1));
            }
            default -> values.addAll(text());
        }
        return values;
    }

    /** Text PostgreSQL cannot store (NUL) or that is no Unicode (a lone surrogate, high or low). */
    private static List<Hostile> text() {
        return List.of(new Hostile("text: NUL", "marlena\u0000moreau"), new Hostile("text: lone high surrogate", "marlena\ud800"),
                new Hostile("text: lone low surrogate", "\udfffmoreau"));
    }

    /** An id of this raw text, encoded as the archive encodes its own. */
    private static String raw(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
