package org.maquis.archive.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every answer to a hostile request must be: no 5xx, no server failure (`INTERNAL`), no leak (a stack trace, a
 * Java class name, SQL), a GraphQL answer, and every error with a code from README's table (user errors with one of
 * theirs). Shared by the hostile tests.
 */
public final class Answers {

    /** What a server-side failure leaves in an answer; the client's own text (HostileValues.SYNTAX) is taken out first. */
    private static final Pattern LEAK = Pattern.compile(String.join("|",
            "Exception", "\\tat ", "\\.java:\\d", "\\$\\$", "Caused by", "(?-i:\\b[A-Z]\\w*\\$[A-Z]\\w*)",
            "\\b(java|javax|jakarta|sun|io\\.(vertx|smallrye|quarkus|netty|agroal)|org\\.(maquis|hibernate|postgresql|jboss|eclipse)|graphql\\.(execution|schema|language))\\.[a-z]",
            "SQLSTATE", "syntax error at or near", "ERROR:", "\\bselect\\b.{0,200}\\bfrom\\b", "\\binsert into\\b", "\\bdelete from\\b",
            "\\bupdate \\w+ set\\b", "pg_catalog", "relation \"", "violates", "tsquery", "\\bwhere\\b.{0,80}\\$\\d"),
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * Longest first, so that a payload is taken out whole before a shorter one inside it. Not the one- and two-character
     * ones (`"`, `%`, `$1`): no leak is that short, and taking out every `"` once hid every `"INTERNAL"` from this check.
     */
    private static final List<String> ECHOES = HostileValues.SYNTAX.stream().filter(e -> e.length() > 2)
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** The codes of user errors in a payload (README, Changing the archive). */
    public static final Set<String> USER_ERROR_CODES = Set.of("BAD_USER_INPUT", "NOT_FOUND", "CONFLICT");

    /** The codes of README's Errors table, read from README.md so that the test and the documentation agree. */
    public static final Set<String> CODES = readmeCodes();

    private Answers() {
    }

    /** What is wrong with this answer, or null. */
    public static String problem(int status, String body) {
        if (status >= 500) {
            return "HTTP " + status;
        }
        String text = body;
        for (String echo : ECHOES) {
            text = text.replace(echo, "").replace(jsonText(echo), "");
        }
        Matcher leak = LEAK.matcher(text);
        if (leak.find()) {
            return "a leak (" + leak.group() + ")";
        }
        if (body.contains("\"INTERNAL\"") || body.contains("System error")) {
            return "a server failure (INTERNAL)";
        }
        // 414: a request line over the HTTP server's limit, refused before any check (README, Errors).
        if (status == 414) {
            return null;
        }
        JsonObject json;
        try {
            json = new JsonObject(body);
        } catch (RuntimeException e) {
            return "not a GraphQL answer";
        }
        if (!json.containsKey("data") && !(json.getValue("errors") instanceof JsonArray)) {
            return "not a GraphQL answer";
        }
        return codes(json);
    }

    /** Every error has a code of the table; every user error one of theirs. */
    private static String codes(JsonObject json) {
        JsonArray errors = json.getJsonArray("errors", new JsonArray());
        for (Object e : errors) {
            JsonObject extensions = e instanceof JsonObject error ? error.getJsonObject("extensions") : null;
            String code = extensions == null ? null : extensions.getString("code");
            if (code == null) {
                return "an error without a code";
            }
            if (!CODES.contains(code)) {
                return "the code " + code + ", not in README's table";
            }
        }
        return userErrors(json.getValue("data"));
    }

    private static String userErrors(Object data) {
        if (data instanceof JsonObject object) {
            for (String field : object.fieldNames()) {
                Object value = object.getValue(field);
                if (field.equals("userErrors") && value instanceof JsonArray list) {
                    for (Object u : list) {
                        if (!(u instanceof JsonObject error) || !USER_ERROR_CODES.contains(error.getString("code"))) {
                            return "a user error whose code is not BAD_USER_INPUT, NOT_FOUND or CONFLICT";
                        }
                    }
                } else if (userErrors(value) != null) {
                    return userErrors(value);
                }
            }
        }
        return null;
    }

    /** Whether a mutation's answer refused it: errors, or user errors in its payload. */
    public static boolean refused(JsonObject answer, String mutation) {
        JsonArray errors = answer.getJsonArray("errors");
        if (errors != null && !errors.isEmpty()) {
            return true;
        }
        JsonObject data = answer.getJsonObject("data");
        JsonObject payload = data == null ? null : data.getJsonObject(mutation);
        return payload != null && !payload.getJsonArray("userErrors", new JsonArray()).isEmpty();
    }

    private static Set<String> readmeCodes() {
        try {
            String readme = Files.readString(Path.of("README.md"));
            String table = readme.substring(readme.indexOf("## Errors"));
            table = table.substring(0, table.indexOf("\n## ", 1));
            Set<String> codes = new LinkedHashSet<>();
            Matcher row = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|").matcher(table);
            while (row.find()) {
                codes.add(row.group(1));
            }
            if (codes.size() < 5) {
                throw new IllegalStateException("README's Errors table has too few codes: " + codes);
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jsonText(String text) {
        String encoded = new JsonArray().add(text).encode();
        return encoded.substring(2, encoded.length() - 2);
    }
}
