package org.maquis.archive.live;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.maquis.archive.errors.BadUserInput;

/** A position in commit order ({@code change.seq}), as an opaque string: base64url of {@code change:<seq>}. */
final class ChangeCursor {

    private static final String PREFIX = "change:";

    private ChangeCursor() {
    }

    static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** The sequence this cursor names; BAD_USER_INPUT for anything {@link #encode} did not write. */
    static long decode(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            text = "";
        }
        String digits = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : "";
        if (!digits.matches("0|[1-9][0-9]{0,17}") || !encode(Long.parseLong(digits)).equals(cursor)) {
            throw new BadUserInput("`" + cursor + "` is not a cursor of `archiveChanged`.");
        }
        return Long.parseLong(digits);
    }
}
