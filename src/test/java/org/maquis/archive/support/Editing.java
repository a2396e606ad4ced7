package org.maquis.archive.support;

import java.util.HashMap;
import java.util.Map;

/** What the tests of edits share: a mutation's input, the ids of lore things to edit, a person to add. */
public final class Editing {

    private Editing() {
    }

    public static Map<String, Object> input(Object... keysAndValues) {
        Map<String, Object> input = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            input.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Map.of("input", input);
    }

    /** The id of a lore thing: {@code id("person")}, {@code id("place")} or {@code id("ship")} of the defaults in editing/ids. */
    public static String id(String field) {
        return GraphQL.run("editing/ids").statusCode(200).extract().path("data." + field + ".id");
    }

    public static Map<String, Object> tomalak() {
        return input("name", "Tomalak of Rator", "universe", "MIRROR", "description", "A Romulan who joined the Maquis.",
                "title", "Commander", "died", Map.of("earliest", "2375-01-01", "latest", "2375-12-31", "wording", "in 2375"));
    }
}
