package org.maquis.archive.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Cursors are positions in an ordered connection, base64url-encoded so clients treat them as opaque. */
public final class Cursor {

    private static final String PREFIX = "cursor:";

    private Cursor() {
    }

    public static String encode(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names, or {@link BadUserInput} when it is not one of ours. */
    public static int decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                int position = Integer.parseInt(raw.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the error below
        }
        throw new BadUserInput("`" + cursor + "` is not a valid cursor.");
    }
}
