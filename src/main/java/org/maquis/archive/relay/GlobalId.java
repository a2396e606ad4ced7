package org.maquis.archive.relay;

import org.maquis.archive.errors.BadUserInput;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Global ids: the type name and the row key, base64url-encoded so that clients treat them as opaque.
 * Row keys are fixed by the lore migrations, so an id survives a restart and a re-import.
 */
public record GlobalId(String type, long rowId) {

    public static String encode(String type, long rowId) {
        byte[] raw = (type + ":" + rowId).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /**
     * Reads an id, or throws {@link BadUserInput} when it is not one of ours: a type's name, a colon and a row key
     * (the name may be no type's: that id names nothing).
     */
    public static GlobalId decode(String id) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon > 0 && isName(raw, colon) && isRow(raw, colon + 1)) {
                return new GlobalId(raw.substring(0, colon), Long.parseLong(raw.substring(colon + 1)));
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the error below; the cause says nothing a client needs
        }
        throw new BadUserInput("`" + id + "` is not a valid id.");
    }

    /**
     * Whether the characters from {@code start} are a row key as {@link #encode} writes it: ASCII digits, no sign and
     * no leading zero, so that one row has one id (`Person:01`, `Person:+1` and `Person:١` are none).
     */
    private static boolean isRow(String raw, int start) {
        int length = raw.length() - start;
        if (length == 0 || length > 1 && raw.charAt(start) == '0') {
            return false;
        }
        for (int i = start; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the first {@code length} characters are a type's name (ASCII letters and digits): never NUL or a surrogate. */
    private static boolean isName(String raw, int length) {
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
