package org.maquis.archive.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * The JSON text of an answer's data, written straight from graphql-java's result (maps, lists, strings, booleans,
 * whole numbers, enums) into one buffer, the same text SmallRye's {@code ExecutionResponse} writes: members in the
 * maps' order, strings escaped as Parsson escapes them (quote, backslash, the short escapes and {@code \}{@code u00xx}
 * for the other control characters, everything else as it is). SmallRye first builds a JSON-P tree of the whole answer
 * (a builder and a map per object, a value per field, a path stack pushed and popped per member) and then walks it to
 * write it: about an eighth of the API's CPU on a page of 100 rows. A value of another kind (a fraction, a POJO, a
 * JSON-P value) is not written here: {@link #of} answers null and SmallRye writes the whole answer as before.
 */
final class AnswerText {

    /** Thrown (without a stack) to give the answer back to SmallRye. */
    private static final RuntimeException NOT_HERE = new RuntimeException("not written here", null, false, false) {
    };

    private final StringBuilder text;

    private AnswerText(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    /** {@code {"data":...}} for this data, or null when it holds a value written only by SmallRye. */
    static String of(Object data) {
        AnswerText answer = new AnswerText(8192);
        try {
            answer.text.append("{\"data\":");
            answer.value(data);
            return answer.text.append('}').toString();
        } catch (RuntimeException e) {
            if (e == NOT_HERE) {
                return null;
            }
            throw e;
        }
    }

    private void value(Object value) {
        if (value == null) {
            text.append("null");
        } else if (value instanceof String string) {
            string(string);
        } else if (value instanceof Map<?, ?> map) {
            object(map);
        } else if (value instanceof Collection<?> list) {
            array(list);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger || value instanceof BigDecimal) {
            text.append(value);
        } else if (value instanceof Enum<?> constant) {
            string(constant.name());
        } else {
            throw NOT_HERE;
        }
    }

    private void object(Map<?, ?> map) {
        text.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> member : map.entrySet()) {
            if (!first) {
                text.append(',');
            }
            first = false;
            string((String) member.getKey());
            text.append(':');
            value(member.getValue());
        }
        text.append('}');
    }

    private void array(Collection<?> list) {
        text.append('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                text.append(',');
            }
            first = false;
            value(item);
        }
        text.append(']');
    }

    private void string(String string) {
        text.append('"');
        int plain = 0;
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            text.append(string, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            }
        }
        if (plain == 0) {
            text.append(string).append('"'); // most strings: copied whole, not char by char
        } else {
            text.append(string, plain, string.length()).append('"');
        }
    }
}
