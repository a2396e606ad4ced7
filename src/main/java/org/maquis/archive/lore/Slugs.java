package org.maquis.archive.lore;

import java.text.Normalizer;
import java.util.Locale;

/** Slugs by the contract's rule: lower-case ASCII words joined by `-` ("Sherman's Planet" is `shermans-planet`). */
public final class Slugs {

    private Slugs() {
    }

    /** The slug of a name; empty when the name has no letter or digit to keep. */
    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
