package org.maquis.archive.http;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The charset of a POST body: the archive reads UTF-8 only, which JSON is (RFC 8259), so `Content-Type:
 * application/json` with no charset or with `charset=utf-8` (any case, quoted or not). Any other, known to Java or
 * not, is refused with HTTP 415: read as UTF-8, a Latin-1 body would change its words silently, and SmallRye, which
 * decodes the body again with the header's charset, fails with an HTTP 500 on a name Java does not know.
 */
final class BodyCharset {

    /** How a charset the client named is repeated in the answer: only when it cannot carry anything else. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,40}");

    private BodyCharset() {
    }

    /**
     * The first charset other than UTF-8 that these `Content-Type` headers name, or null. Every header and every
     * entry of one counts (GraphiQL's fetcher sends the header twice, "application/json, application/json"); an
     * empty or half-quoted value is not UTF-8 either.
     */
    static String foreign(List<String> contentTypes) {
        for (String header : contentTypes) {
            for (String entry : header.split(",")) {
                String[] parts = entry.split(";");
                for (int i = 1; i < parts.length; i++) {
                    int equals = parts[i].indexOf('=');
                    String name = (equals < 0 ? parts[i] : parts[i].substring(0, equals)).trim();
                    String value = equals < 0 ? "" : unquoted(parts[i].substring(equals + 1).trim());
                    if (name.equalsIgnoreCase("charset") && !value.equalsIgnoreCase("utf-8")) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    /** The refusal's message: what is wrong and what to send instead. */
    static String problem(String charset) {
        String named = SANE.matcher(charset).matches() ? "`charset=" + charset + "`" : "another charset";
        return "The request body must be UTF-8: send `Content-Type: application/json` with no charset or with "
                + "`charset=utf-8`, not " + named + ".";
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
