package org.maquis.archive.graph;

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

    /** Reads an id, or throws {@link BadUserInput} when it is not one of ours. */
    public static GlobalId decode(String id) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon > 0) {
                return new GlobalId(raw.substring(0, colon), Long.parseLong(raw.substring(colon + 1)));
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the error below; the cause says nothing a client needs
        }
        throw new BadUserInput("`" + id + "` is not a valid id.");
    }
}
