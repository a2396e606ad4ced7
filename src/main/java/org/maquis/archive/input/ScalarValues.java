package org.maquis.archive.input;


import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the archive refuses in one scalar value a client sends, as a literal of the document or as JSON in the
 * variables, in the API's words: each answer ends the sentence that {@link ArgumentValues} starts with the value's
 * path; null when the value is fine. The checks are the GraphQL specification's input coercion (an `Int` is an
 * integer of 32 bits, a `String` a string...), which SmallRye's scalars leave to a resolver or do not do, plus what
 * PostgreSQL cannot take: text with NUL or an unpaired surrogate (which the client's UTF-8 encoding would turn into
 * `?`), and dates outside {@link ArchiveDates}.
 */
public final class ScalarValues {

    /** The scalars checked here. Others are left to their own coercion (no argument of the API is of another). */
    static final Set<String> CHECKED = Set.of("String", "ID", "Int", "Float", "Boolean", "Date");

    private static final String DATE = "must be a date written yyyy-mm-dd (a year of more than four digits, or before"
            + " year 0, with its sign: +10000-01-01, -0044-03-15)";

    private ScalarValues() {
    }

    /** What is wrong with a literal of this scalar, or null. */
    static String ofLiteral(String scalar, Value<?> value) {
        return switch (scalar) {
            case "String" -> value instanceof StringValue s ? text(s.getValue()) : "must be a string, " + was(value);
            case "ID" -> value instanceof StringValue s ? text(s.getValue())
                    : value instanceof IntValue ? null : "must be an id (a string), " + was(value);
            case "Int" -> value instanceof IntValue i ? int32(new BigDecimal(i.getValue()))
                    : "must be an integer of 32 bits, " + was(value);
            case "Float" -> value instanceof IntValue || value instanceof FloatValue ? null : "must be a number, " + was(value);
            case "Boolean" -> value instanceof BooleanValue ? null : "must be true or false, " + was(value);
            case "Date" -> value instanceof StringValue s ? date(s.getValue()) : DATE + ", " + was(value);
            default -> null;
        };
    }

    /** What is wrong with a variable's value (as JSON decodes it) of this scalar, or null. */
    static String ofValue(String scalar, Object value) {
        return switch (scalar) {
            case "String" -> value instanceof String s ? text(s) : "must be a string, " + was(value);
            case "ID" -> value instanceof String s ? text(s)
                    : integral(value) ? null : "must be an id (a string), " + was(value);
            case "Int" -> value instanceof Integer ? null
                    : value instanceof Number n ? int32(number(n)) : "must be an integer of 32 bits, " + was(value);
            case "Float" -> value instanceof Number ? null : "must be a number, " + was(value);
            case "Boolean" -> value instanceof Boolean ? null : "must be true or false, " + was(value);
            case "Date" -> value instanceof String s ? date(s) : DATE + ", " + was(value);
            default -> null;
        };
    }

    /**
     * What is wrong with text that PostgreSQL is to store or compare: NUL, which no text column takes (22021), or an
     * unpaired surrogate, which is no character (encoded to UTF-8 it silently becomes `?`). Null when neither.
     */
    public static String text(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return unstorable(text, i, "U+0000 (NUL)");
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return unstorable(text, i, "an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase() + ")");
                }
            }
        }
        return null;
    }

    private static String unstorable(String text, int index, String what) {
        return "holds " + what + " at character " + (text.codePointCount(0, index) + 1) + ", which the archive cannot store.";
    }

    /** What is wrong with a date as a client writes it, or null: not a date, or not one the archive holds. */
    static String date(String text) {
        LocalDate date = ArchiveDates.parse(text);
        if (date == null) {
            return DATE + ".";
        }
        return ArchiveDates.holdsYear(date.getYear()) ? null : "is outside the archive's dates. " + ArchiveDates.yearRange(date.getYear());
    }

    private static String int32(BigDecimal value) {
        if (value != null) {
            try {
                value.intValueExact();
                return null;
            } catch (ArithmeticException e) {
                // falls through
            }
        }
        return "must be an integer of 32 bits (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + "), was "
                + (value == null ? "no finite number" : value.toString()) + ".";
    }

    /** A JSON number as a BigDecimal; null for one no decimal holds (a double's infinity). */
    private static BigDecimal number(Number number) {
        try {
            return number instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(number));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean integral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof BigInteger;
    }

    /** What a value was, in the client's terms: for a sentence such as "must be a string, was a number." */
    static String was(Object value) {
        String kind;
        if (value instanceof StringValue || value instanceof String) {
            kind = "a string";
        } else if (value instanceof IntValue || value instanceof FloatValue || value instanceof Number) {
            kind = "a number";
        } else if (value instanceof BooleanValue || value instanceof Boolean) {
            kind = "a boolean";
        } else if (value instanceof EnumValue e) {
            kind = "the name " + e.getName();
        } else if (value instanceof ObjectValue || value instanceof Map) {
            kind = "an object";
        } else if (value instanceof ArrayValue || value instanceof List) {
            kind = "a list";
        } else {
            kind = "null";
        }
        return "was " + kind + ".";
    }
}
