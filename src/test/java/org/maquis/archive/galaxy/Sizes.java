package org.maquis.archive.galaxy;

/**
 * How many rows of each kind a galaxy of {@code people} has, and how their indexes map to row ids.
 * Every table's generated ids start at {@link Galaxy#BASE}, far above the lore's ids.
 *
 * <p>Proportions per person, against the article (13 people): the article has 2 events and 5 event
 * participants per person, 0.6 memberships, 0.6 factions; a million people with that many factions or
 * species would make no sense, so the kinds of thing a story has few of grow more slowly, and the large
 * relations keep the article's order of magnitude: one event per person, about three participants per
 * event, one and a quarter memberships per person, nine in ten people members of the Maquis.
 */
record Sizes(long people, long species, long quadrants, long regions, long places, long empires,
             long shipClasses, long events, long factions, long ships, long cells, long heroes) {

    static Sizes of(long people) {
        if (people < 1) {
            throw new IllegalArgumentException("a galaxy needs at least one person, not " + people);
        }
        long places = Math.max(20, people / 100);
        return new Sizes(people,
                Math.max(5, people / 5_000),
                Math.max(2, places / 100),
                Math.max(4, places / 10),
                places,
                Math.max(3, people / 50_000),
                Math.max(3, people / 2_000),
                Math.max(50, people),
                Math.max(5, people / 1_000),
                Math.max(10, people / 50),
                Math.max(5, people / 200),
                Math.min(people, Math.max(5, people / 10_000)));
    }

    /** The first planet's index: places below it are quadrants and regions. */
    long firstPlanet() {
        return quadrants + regions;
    }

    static long id(long index) {
        return Galaxy.BASE + index;
    }
}
