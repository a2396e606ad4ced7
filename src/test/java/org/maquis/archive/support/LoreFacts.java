package org.maquis.archive.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the tests of the mirror-Maquis article's facts share: the article's dates as the API gives them, the lore
 * operations (src/test/resources/graphql/lore/) asked by slug, and the expected values they are compared with.
 */
public final class LoreFacts {

    // The article's dates, as the API gives them.
    public static final Map<String, Object> LATE_2280S = date("2286-01-01", "2289-12-31", "late 2280s");
    public static final Map<String, Object> IN_2277 = year(2277, "in 2277");
    public static final Map<String, Object> IN_2298 = year(2298, "in 2298");
    public static final Map<String, Object> BY_THE_MID_2290S = date(null, "2296-12-31", "by the mid-2290s");
    public static final Map<String, Object> RECENTLY_BY_THE_MID_2290S = date(null, "2296-12-31", "recently formed by the mid-2290s");
    public static final Map<String, Object> OVER_THE_NEXT_FORTY_YEARS = date("2298-01-01", "2338-12-31", "over the next forty years");
    public static final Map<String, Object> IN_2371 = year(2371, "in 2371");
    public static final Map<String, Object> IN_2374 = year(2374, "in 2374");
    public static final Map<String, Object> EARLY_2377 = date("2377-01-01", "2377-04-30", "early 2377");
    public static final Map<String, Object> OVER_THE_NEXT_FIVE_YEARS =
            date("2374-01-01", "2379-12-31", "over the course of the next five years");
    public static final Map<String, Object> IN_2383 = year(2383, "in 2383");
    public static final Map<String, Object> IN_2384 = year(2384, "in 2384");
    public static final String WITH_THE_COLLAPSE = "with the collapse of the Romulan Star Empire";

    /** Each participant of an event as "Typename slug: role", in the API's (the article's) order. */
    public static final String PARTICIPANTS =
            "data.event.participants.nodes.collect { it.participant.__typename + ' ' + it.participant.slug + ': ' + it.role }";

    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private LoreFacts() {
    }

    // =====================================================================================================
    // Operations and expected values
    // =====================================================================================================

    public static ValidatableResponse faction(String slug) {
        return ask("lore/faction", slug).body("data.faction.slug", equalTo(slug));
    }

    public static ValidatableResponse person(String slug) {
        return ask("lore/person", slug).body("data.person.slug", equalTo(slug));
    }

    public static ValidatableResponse empire(String slug) {
        return ask("lore/empire", slug).body("data.empire.slug", equalTo(slug));
    }

    public static ValidatableResponse event(String slug) {
        return ask("lore/event", slug).body("data.event.slug", equalTo(slug));
    }

    public static ValidatableResponse place(String slug) {
        return ask("lore/place", slug).body("data.place.slug", equalTo(slug));
    }

    public static ValidatableResponse ship(String slug) {
        return ask("lore/ship", slug).body("data.ship.slug", equalTo(slug));
    }

    public static ValidatableResponse shipClass(String slug) {
        return ask("lore/ship-class", slug).body("data.shipClass.slug", equalTo(slug));
    }

    public static ValidatableResponse cell(String slug) {
        return ask("lore/cell", slug).body("data.cell.slug", equalTo(slug));
    }

    public static ValidatableResponse archive() {
        return GraphQL.run("lore/archive").statusCode(200).body("errors", nullValue());
    }

    public static ValidatableResponse ask(String operation, String slug) {
        return GraphQL.run(operation, Map.of("slug", slug)).statusCode(200).body("errors", nullValue());
    }

    /** The path to the Maquis' membership of one species: its reason and since. */
    public static String speciesMembership(String species) {
        return "data.faction.species.nodes.find { it.species.slug == '" + species + "' }.subMap(['reason', 'since'])";
    }

    public static String person(String slug, String role) {
        return "Person " + slug + ": " + role;
    }

    public static String faction(String slug, String role) {
        return "Faction " + slug + ": " + role;
    }

    public static String empire(String slug, String role) {
        return "Empire " + slug + ": " + role;
    }

    public static String ship(String slug, String role) {
        return "Ship " + slug + ": " + role;
    }

    public static Map<String, Object> leadership(String person, Map<String, Object> from, Map<String, Object> to) {
        return m("person", slug(person), "from", from, "to", to);
    }

    /** A membership of an empire, undated, as person.graphql reads it. */
    public static Map<String, Object> empireMember(String empire, String role) {
        return m("role", role, "faction", null, "empire", slug(empire), "from", null, "to", null);
    }

    /** A membership of a faction, undated, as person.graphql reads it. */
    public static Map<String, Object> factionMember(String faction, String role) {
        return m("role", role, "faction", slug(faction), "empire", null, "from", null, "to", null);
    }

    public static Map<String, Object> slug(String slug) {
        return m("slug", slug);
    }

    public static Map<String, Object> year(int year, String wording) {
        return date(year + "-01-01", year + "-12-31", wording);
    }

    public static Map<String, Object> date(String earliest, String latest, String wording) {
        return m("earliest", earliest, "latest", latest, "wording", wording);
    }

    /** A JSON object as rest-assured reads it; unlike Map.of, values may be null. */
    public static Map<String, Object> m(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
