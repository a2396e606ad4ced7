package org.maquis.archive.galaxy;

import static org.maquis.archive.galaxy.Sizes.id;
import static org.maquis.archive.galaxy.Words.pick;

import java.sql.SQLException;
import java.util.SplittableRandom;

import org.postgresql.copy.CopyManager;

/**
 * The things a reader looks up (every one gets a search document): species, places, empires, ship classes,
 * events, people, factions, ships and cells, each streamed by one COPY in an order that satisfies the
 * foreign keys (events before people, who may be killed in one; factions before ships, whose flagship
 * link is set afterwards by {@link Galaxy}).
 */
final class Entities {

    private final CopyManager copy;
    private final Sizes n;
    private final Words w;

    Entities(CopyManager copy, Sizes sizes, Words words) {
        this.copy = copy;
        this.n = sizes;
        this.w = words;
    }

    long species() throws SQLException {
        try (CopyRows row = CopyRows.into(copy, "species", "id, slug, name, universe, description")) {
            for (long i = 0; i < n.species(); i++) {
                SplittableRandom r = w.row(1, i);
                String name = w.speciesName(i);
                row.id(id(i)).text(Words.slug(name, i)).text(name).text(universe(r))
                        .text(name + "s of the mirror universe, a species that felt betrayed by the Terran Empire; many "
                                + pick(r, Words.DEED) + " as members of the Maquis.")
                        .end();
            }
            return row.finish();
        }
    }

    long places() throws SQLException {
        try (CopyRows row = CopyRows.into(copy, "place", "id, slug, name, universe, kind, description, located_in_id")) {
            for (long i = 0; i < n.places(); i++) {
                SplittableRandom r = w.row(2, i);
                String name;
                String kind;
                long in;
                if (i < n.quadrants()) {
                    name = w.quadrantName(i);
                    kind = "QUADRANT";
                    in = 0;
                } else if (i < n.firstPlanet()) {
                    name = w.regionName(i);
                    kind = "REGION";
                    in = id(r.nextLong(n.quadrants()));
                } else {
                    name = w.placeName(i);
                    kind = "PLANET";
                    in = r.nextInt(5) == 0 ? 0 : id(n.quadrants() + r.nextLong(n.regions()));
                }
                row.id(id(i)).text(Words.slug(name, i)).text(name).text(universe(r)).text(kind)
                        .text(name + ", a " + kind.toLowerCase() + " where the Maquis " + pick(r, Words.DEED)
                                + " and cells hid in nebulae, asteroid belts or hollowed out moons.")
                        .ref(in).end();
            }
            return row.finish();
        }
    }

    long empires() throws SQLException {
        try (CopyRows row = CopyRows.into(copy, "empire", "id, slug, name, universe, kind, description, "
                + "collapsed_earliest, collapsed_latest, collapsed_wording")) {
            for (long i = 0; i < n.empires(); i++) {
                SplittableRandom r = w.row(3, i);
                String name = w.empireName(i);
                row.id(id(i)).text(Words.slug(name, i)).text(name).text(universe(r))
                        .text(r.nextInt(4) == 0 ? "FEDERATION" : "EMPIRE")
                        .text("The " + name + ", whose alliance with the Terran Empire drove "
                                + w.speciesName(i) + " officers to the Maquis.");
                Span.write(row, r.nextInt(3) == 0 ? Span.draw(r, 2250, 2400, 20) : null);
                row.end();
            }
            return row.finish();
        }
    }

    long shipClasses() throws SQLException {
        try (CopyRows row = CopyRows.into(copy, "ship_class", "id, slug, name, universe, description")) {
            for (long i = 0; i < n.shipClasses(); i++) {
                SplittableRandom r = w.row(4, i);
                String name = w.shipClassName(i);
                row.id(id(i)).text(Words.slug(name, i)).text(name).text(universe(r))
                        .text("Class of warship of the Imperial Starfleet; the Maquis captured several and "
                                + pick(r, Words.DEED) + " with them.")
                        .end();
            }
            return row.finish();
        }
    }

    long events() throws SQLException {
        try (CopyRows row = CopyRows.into(copy, "event", "id, slug, name, universe, kind, description, date_earliest, "
                + "date_latest, date_wording, place_id, target, follows_id, from_universe, to_universe")) {
            long planets = n.places() - n.firstPlanet();
            for (long i = 0; i < n.events(); i++) {
                SplittableRandom r = w.row(5, i);
                int k = r.nextInt(Words.EVENT_KIND.length);
                String kind = Words.EVENT_KIND[k];
                // Place names repeat across a few hundred planets, so event names tie in large groups too.
                long place = n.firstPlanet() + r.nextLong(Math.min(planets, 300));
                String where = w.placeName(place);
                String name = Words.EVENT_NOUN[k] + " " + where;
                Span date = r.nextInt(100) < 8 ? null : Span.draw(r, 2150, 2450, 30);
                String universe = universe(r);
                row.id(id(i)).text(Words.slug(name, i)).text(name).text(universe).text(kind)
                        .text(name + ": the Maquis " + pick(r, Words.DEED) + " at " + where
                                + (date == null ? "." : ", " + date.wording() + "."));
                Span.write(row, date);
                row.ref(r.nextInt(10) < 7 ? id(place) : 0)
                        .text(kind.equals("RAID") ? "Terran supply depots on " + where : null)
                        .ref(i > 0 && r.nextInt(5) == 0 ? id(i - 1 - r.nextLong(Math.min(i, 100))) : 0);
                if (kind.equals("CROSSING")) {
                    row.text(universe).text(universe.equals("MIRROR") ? "PRIMARY" : "MIRROR");
                } else {
                    row.nul().nul();
                }
                row.end();
            }
            return row.finish();
        }
    }

    long people() throws SQLException {
        try (CopyRows row = CopyRows.into(copy, "person", "id, slug, name, universe, title, description, species_id, "
                + "homeworld_id, died_earliest, died_latest, died_wording, death_place_id, killed_in_id")) {
            long planets = n.places() - n.firstPlanet();
            for (long i = 0; i < n.people(); i++) {
                SplittableRandom r = w.row(6, i);
                String name = w.personName(i);
                String title = r.nextInt(5) == 0 ? pick(r, Words.TITLE) : null;
                long species = r.nextInt(10) == 0 ? -1 : r.nextLong(n.species());
                long home = r.nextInt(10) < 7 ? n.firstPlanet() + r.nextLong(planets) : -1;
                Span died = r.nextInt(10) < 3 ? Span.draw(r, 2200, 2400, 20) : null;
                row.id(id(i)).text(Words.slug(name, i)).text(name).text(universe(r)).text(title)
                        .text((title == null ? "" : title + " ") + name + (species < 0 ? "" : ", " + w.speciesName(species) + ",")
                                + (home < 0 ? "" : " of " + w.placeName(home)) + " " + pick(r, Words.DEED)
                                + " for the Maquis and " + pick(r, Words.DEED) + ".")
                        .ref(species < 0 ? 0 : id(species)).ref(home < 0 ? 0 : id(home));
                Span.write(row, died);
                row.ref(died != null && r.nextBoolean() ? id(n.firstPlanet() + r.nextLong(planets)) : 0)
                        .ref(died != null && r.nextInt(3) == 0 ? id(r.nextLong(n.events())) : 0)
                        .end();
            }
            return row.finish();
        }
    }

    long factions() throws SQLException {
        try (CopyRows row = CopyRows.into(copy, "faction", "id, slug, name, universe, kind, description, primary_missions, "
                + "founded_earliest, founded_latest, founded_wording, headquarters_id, counterpart_id, part_of_faction_id, "
                + "serves_empire_id, allegiance_id")) {
            for (long i = 0; i < n.factions(); i++) {
                SplittableRandom r = w.row(7, i);
                String name = w.factionName(i);
                String kind = pick(r, Words.FACTION_KIND);
                int part = r.nextInt(10);
                row.id(id(i)).text(Words.slug(name, i)).text(name).text(factionUniverse(i)).text(kind)
                        .text("The " + name + ", a " + kind.toLowerCase().replace('_', ' ') + " of the mirror universe that "
                                + pick(r, Words.DEED) + " alongside the Maquis.")
                        .text(r.nextBoolean() ? "Destroy the Terran Empire, free other species" : null);
                Span.write(row, r.nextInt(5) == 0 ? null : Span.draw(r, 2200, 2400, 30));
                row.ref(r.nextBoolean() ? id(n.firstPlanet() + r.nextLong(n.places() - n.firstPlanet())) : 0)
                        .nul()
                        .ref(part < 3 ? Galaxy.MAQUIS : part < 5 && i > 0 ? id(r.nextLong(i)) : 0)
                        .ref(kind.equals("GOVERNMENT") || kind.equals("MILITARY") ? id(r.nextLong(n.empires())) : 0)
                        .ref(r.nextInt(3) == 0 ? id(r.nextLong(n.people())) : 0)
                        .end();
            }
            return row.finish();
        }
    }

    long ships() throws SQLException {
        try (CopyRows row = CopyRows.into(copy, "ship", "id, slug, name, universe, description, ship_class_id, prototype, "
                + "faction_id, empire_id, renamed_to_id, renamed_earliest, renamed_latest, renamed_wording, renamed_by_id")) {
            for (long i = 0; i < n.ships(); i++) {
                SplittableRandom r = w.row(8, i);
                String name = w.shipName(i);
                boolean renamed = i % 10 == 0 && i + 1 < n.ships();
                int owner = r.nextInt(10);
                row.id(id(i)).text(Words.slug(name, i)).text(name).text(universe(r))
                        .text("The " + name + ", captured from the Imperial Starfleet; her crew " + pick(r, Words.DEED) + ".")
                        .ref(r.nextInt(10) < 8 ? id(r.nextLong(n.shipClasses())) : 0).bool(r.nextInt(50) == 0)
                        .ref(owner < 5 ? Galaxy.MAQUIS : owner < 7 ? id(r.nextLong(n.factions())) : 0)
                        .ref(owner >= 8 ? id(r.nextLong(n.empires())) : 0)
                        .ref(renamed ? id(i + 1) : 0);
                Span.write(row, renamed ? Span.draw(r, 2250, 2400, 30) : null);
                row.ref(renamed ? id(r.nextLong(n.people())) : 0).end();
            }
            return row.finish();
        }
    }

    long cells() throws SQLException {
        try (CopyRows row = CopyRows.into(copy, "cell", "id, slug, name, universe, description, faction_id")) {
            for (long i = 0; i < n.cells(); i++) {
                SplittableRandom r = w.row(9, i);
                String place = w.placeName(n.firstPlanet() + r.nextLong(n.places() - n.firstPlanet()));
                String name = place.replaceAll(" .*", "") + " cell";
                long faction = r.nextInt(10) < 8 ? -1 : r.nextLong(n.factions());
                // A cell belongs to a faction of its universe (V7__editing.sql checks it): the Maquis is the mirror's.
                row.id(id(i)).text(Words.slug(name, i)).text(name).text(faction < 0 ? "MIRROR" : factionUniverse(faction))
                        .text("Cell of the Maquis hiding near " + place + "; its members " + pick(r, Words.DEED) + ".")
                        .id(faction < 0 ? Galaxy.MAQUIS : id(faction))
                        .end();
            }
            return row.finish();
        }
    }

    /** The universe of generated faction {@code i}, from a stream of its own so that its cells can know it. */
    private String factionUniverse(long i) {
        return universe(w.row(17, i));
    }

    static String universe(SplittableRandom r) {
        return r.nextInt(10) == 0 ? "PRIMARY" : "MIRROR";
    }
}
