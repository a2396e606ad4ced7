package org.maquis.archive.galaxy;

import static org.maquis.archive.galaxy.Sizes.id;
import static org.maquis.archive.galaxy.Words.pick;

import java.sql.SQLException;
import java.util.SplittableRandom;

import org.postgresql.copy.CopyManager;

/**
 * The relations between generated things, with the shapes that hurt: nine in ten people are members of the
 * Maquis (the lore's faction 600), half of all events count the Maquis among their participants, and a few
 * "heroes" (the first people) take part in thousands of events each.
 */
final class Relations {

    private static final String FROM_TO = "from_earliest, from_latest, from_wording, to_earliest, to_latest, to_wording";

    private final CopyManager copy;
    private final Sizes n;
    private final Words w;

    Relations(CopyManager copy, Sizes sizes, Words words) {
        this.copy = copy;
        this.n = sizes;
        this.w = words;
    }

    long memberships() throws SQLException {
        try (CopyRows row = CopyRows.into(copy, "membership", "id, person_id, faction_id, empire_id, role, " + FROM_TO)) {
            long next = 0;
            for (long i = 0; i < n.people(); i++) {
                SplittableRandom r = w.row(20, i);
                if (r.nextInt(10) < 9) {
                    row.id(id(next++)).id(id(i)).id(Galaxy.MAQUIS).nul().text(pick(r, Words.ROLE));
                    fromTo(row, r);
                }
                if (r.nextInt(10) < 3) {
                    row.id(id(next++)).id(id(i)).id(id(r.nextLong(n.factions()))).nul().text(pick(r, Words.ROLE));
                    fromTo(row, r);
                }
                if (r.nextInt(100) < 8) {
                    row.id(id(next++)).id(id(i)).nul().id(id(r.nextLong(n.empires()))).text(pick(r, Words.TITLE));
                    fromTo(row, r);
                }
            }
            return row.finish();
        }
    }

    /**
     * Participants of every event, each with its event's sort keys ({@code sortKeys}: days since 1970 by event
     * index, first and last day, as the database derived them), which V5's trigger would otherwise look up.
     */
    long eventParticipants(int[][] sortKeys) throws SQLException {
        try (CopyRows row = CopyRows.into(copy, "event_participant",
                "id, event_id, role, person_id, faction_id, empire_id, ship_id, event_first, event_last")) {
            long next = 0;
            for (long e = 0; e < n.events(); e++) {
                SplittableRandom r = w.row(21, e);
                int from = sortKeys[0][(int) e];
                int to = sortKeys[1][(int) e];
                long first = r.nextLong(n.people());
                // One takes part in an event once (V12): consecutive people, wrapping round, never more than there are.
                int people = (int) Math.min(1 + r.nextInt(3), n.people());
                for (int k = 0; k < people; k++) {
                    long person = (first + k) % n.people();
                    row.id(id(next++)).id(id(e)).text(pick(r, Words.ROLE)).id(id(person)).nul().nul().nul()
                            .day(from).day(to).end();
                }
                if (r.nextInt(4) == 0) {
                    long hero = r.nextLong(n.heroes());
                    if ((hero - first + n.people()) % n.people() >= people) {
                        row.id(id(next++)).id(id(e)).text("led it").id(id(hero)).nul().nul().nul()
                                .day(from).day(to).end();
                    }
                }
                int faction = r.nextInt(10);
                if (faction < 7) {
                    long f = faction < 5 ? Galaxy.MAQUIS : id(r.nextLong(n.factions()));
                    row.id(id(next++)).id(id(e)).text(faction < 5 ? "raider" : "ally").nul().id(f).nul().nul()
                            .day(from).day(to).end();
                }
                if (r.nextInt(100) < 15) {
                    row.id(id(next++)).id(id(e)).text("target").nul().nul().id(id(r.nextLong(n.empires()))).nul()
                            .day(from).day(to).end();
                }
                if (r.nextInt(10) == 0) {
                    row.id(id(next++)).id(id(e)).text("led the raid").nul().nul().nul().id(id(r.nextLong(n.ships())))
                            .day(from).day(to).end();
                }
            }
            return row.finish();
        }
    }

    /** Founders, leaders, oppositions, species, origins of every generated faction; the Maquis gets many. */
    long factionRelations() throws SQLException {
        long rows = 0;
        try (CopyRows row = CopyRows.into(copy, "faction_founder", "id, faction_id, person_id")) {
            for (long f = 0; f < n.factions(); f++) {
                SplittableRandom r = w.row(22, f);
                long a = r.nextLong(n.people());
                row.id(id(2 * f)).id(id(f)).id(id(a)).end();
                if (n.people() > 1) {
                    row.id(id(2 * f + 1)).id(id(f)).id(id((a + 1 + r.nextLong(n.people() - 1)) % n.people())).end();
                }
            }
            rows += row.finish();
        }
        try (CopyRows row = CopyRows.into(copy, "faction_leader", "id, faction_id, person_id, " + FROM_TO)) {
            long maquisLeaders = Math.max(5, n.people() / 2_000);
            for (long i = 0; i < n.factions() + maquisLeaders; i++) {
                SplittableRandom r = w.row(23, i);
                row.id(id(i)).id(i < n.factions() ? id(i) : Galaxy.MAQUIS).id(id(r.nextLong(n.people())));
                fromTo(row, r);
            }
            rows += row.finish();
        }
        try (CopyRows row = CopyRows.into(copy, "faction_opposition", "faction_id, empire_id, id, " + FROM_TO)) {
            for (long f = 0; f < n.factions(); f++) {
                SplittableRandom r = w.row(24, f);
                row.id(id(f)).id(id(f % n.empires())).id(id(f));
                fromTo(row, r);
            }
            rows += row.finish();
        }
        try (CopyRows row = CopyRows.into(copy, "faction_species",
                "id, faction_id, species_id, reason, since_earliest, since_latest, since_wording")) {
            long next = 0;
            for (long s = 0; s < n.species(); s++) {
                SplittableRandom r = w.row(25, s);
                row.id(id(next++)).id(Galaxy.MAQUIS).id(id(s)).text("felt betrayed in some way by the Empire");
                Span.write(row, r.nextBoolean() ? Span.draw(r, 2250, 2350, 50) : null);
                row.end();
            }
            for (long f = 0; f < n.factions(); f++) {
                SplittableRandom r = w.row(26, f);
                row.id(id(next++)).id(id(f)).id(id(f % n.species())).text(pick(r, Words.DEED));
                Span.write(row, null);
                row.end();
            }
            rows += row.finish();
        }
        try (CopyRows row = CopyRows.into(copy, "faction_origin", "id, faction_id, formed_from_id")) {
            for (long f = 1; f < n.factions(); f++) {
                row.id(id(f)).id(id(f)).id(id(w.row(27, f).nextLong(f))).end();
            }
            rows += row.finish();
        }
        return rows;
    }

    /** Cell leaders, ship commands, marriages, spy assignments, alliances. */
    long otherRelations() throws SQLException {
        long rows = 0;
        try (CopyRows row = CopyRows.into(copy, "cell_leader", "id, cell_id, person_id, " + FROM_TO)) {
            for (long i = 0; i < 2 * n.cells(); i++) {
                SplittableRandom r = w.row(30, i);
                row.id(id(i)).id(id(i / 2)).id(id(r.nextLong(n.people())));
                // A cell has one open leadership (V12): its first leader's time ended.
                fromTo(row, r, i % 2 == 0);
            }
            rows += row.finish();
        }
        try (CopyRows row = CopyRows.into(copy, "ship_command", "id, ship_id, person_id, role")) {
            for (long i = 0; i < 2 * n.ships(); i++) {
                long person = w.row(31, i).nextLong(n.people());
                // A person holds one command of a ship (V12): the first officer is not the captain.
                if (i % 2 == 1 && person == w.row(31, i - 1).nextLong(n.people())) {
                    person = (person + 1) % n.people();
                }
                row.id(id(i)).id(id(i / 2)).id(id(person)).text(i % 2 == 0 ? "captain" : "first officer").end();
            }
            rows += row.finish();
        }
        try (CopyRows row = CopyRows.into(copy, "marriage", "id, person_id, spouse_id")) {
            for (long p = 0; p + 1 < n.people(); p += 20) {
                row.id(id(p)).id(id(p)).id(id(p + 1)).end();
            }
            rows += row.finish();
        }
        try (CopyRows row = CopyRows.into(copy, "spy_assignment",
                "id, spy_id, target_id, on_behalf_of_id, ordered_by_id, " + FROM_TO)) {
            for (long i = 0; i < Math.max(3, n.people() / 500); i++) {
                SplittableRandom r = w.row(32, i);
                long spy = r.nextLong(n.people());
                row.id(id(i)).id(id(spy)).id(r.nextBoolean() ? Galaxy.MAQUIS : id(r.nextLong(n.factions())))
                        .id(id(r.nextLong(n.empires())));
                long orderer = r.nextBoolean() ? r.nextLong(n.people()) : -1;
                if (orderer == spy) {
                    // A spy is ordered by someone else (V12).
                    orderer = n.people() > 1 ? (spy + 1) % n.people() : -1;
                }
                row.ref(orderer < 0 ? 0 : id(orderer));
                fromTo(row, r);
            }
            rows += row.finish();
        }
        try (CopyRows row = CopyRows.into(copy, "alliance", "id, empire_id, ally_id, formed_earliest, formed_latest, formed_wording")) {
            for (long e = 0; e + 1 < n.empires(); e++) {
                row.id(id(e)).id(id(e)).id(id(e + 1));
                Span.write(row, Span.draw(w.row(33, e), 2250, 2350, 30));
                row.end();
            }
            rows += row.finish();
        }
        return rows;
    }

    /** The six from/to columns and the end of the row: often open, sometimes dated. */
    private static void fromTo(CopyRows row, SplittableRandom r) throws SQLException {
        fromTo(row, r, false);
    }

    /** The same, always with an end when {@code ends}: after the beginning, if that is known. */
    private static void fromTo(CopyRows row, SplittableRandom r, boolean ends) throws SQLException {
        int shape = r.nextInt(4);
        Span from = shape >= 2 ? Span.draw(r, 2270, 2380, 30) : null;
        Span to = shape == 3 && from != null && from.toYear() < 2390 ? Span.year(from.toYear() + 1 + r.nextInt(10)) : null;
        if (ends && to == null) {
            to = Span.year((from == null ? 2290 : from.toYear()) + 1 + r.nextInt(10));
        }
        Span.write(row, from);
        Span.write(row, to);
        row.end();
    }
}
