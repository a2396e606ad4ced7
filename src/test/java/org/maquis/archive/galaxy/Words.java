package org.maquis.archive.galaxy;

import java.util.SplittableRandom;

/**
 * The galaxy's vocabulary. Every name is a pure function of the seed, the kind of thing and its index, so a
 * row can name the rows it points to (a person's homeworld, a cell's place) without keeping any list.
 * Names repeat on purpose: ties in name order are one of the shapes the generator must produce.
 */
final class Words {

    static final String[] GIVEN = {
        "Marlena", "Selok", "Edon", "Tora", "Ezri", "Jadzia", "Kathryn", "Tomas", "Nerys", "Julian", "Elim",
        "Benjamin", "Keiko", "Miles", "Worf", "Sito", "Ro", "Tuvok", "Hikaru", "Nyota", "Pavel", "Leonard",
        "Montgomery", "Christine", "Janice", "Saavik", "Valeris", "Tasha", "Data", "Reginald", "Beverly", "Lwaxana",
        "Shran", "Talas", "Thy'lek", "Jaresh", "Vash", "Tavana", "Garak", "Damar", "Ziyal", "Kor", "Koloth",
        "Martok", "Gowron", "Sela", "Toreth", "Donatra", "Shinzon", "Vreenak"};
    static final String[] FAMILY = {
        "Vance", "Moreno", "Halloway", "Tigan", "Dax", "Sato", "Okafor", "Lindqvist", "Arden", "Kovacs", "Ibarra",
        "Nakamura", "Petrova", "Oduya", "Strand", "Varga", "Castell", "Rhee", "Marsh", "Quell", "Duvall", "Aster",
        "Brandt", "Calder", "Fenn", "Graves", "Holt", "Ingram", "Jessup", "Kade", "Lorne", "Maddox", "Navarre",
        "Orlov", "Pryce", "Renner", "Soto", "Thorne", "Ulric", "Voss"};
    /** A few full names that many people share, so that name order has large ties at every size. */
    static final String[] POPULAR = {
        "Tora Vance", "Ezri Sato", "Elim Garak", "Nerys Holt", "Selok Brandt", "Miles Okafor", "Sito Renner",
        "Kathryn Quell"};
    static final String[] TITLE = {"Captain", "Commander", "Lieutenant", "Major", "Colonel", "Gul", "Legate",
        "Ensign", "Admiral", "Subcommander"};
    static final String[] ROLE = {"member", "operative", "cell member", "courier", "pilot", "engineer", "medic",
        "saboteur", "smuggler", "recruiter", "tactical officer", "informant"};
    static final String[] SYLLABLE = {"vel", "tra", "cor", "ban", "ith", "ka", "mor", "sha", "dren", "lux", "or",
        "tal", "ves", "qua", "rin", "zen", "bre", "nak", "oss", "pel", "dar", "gol", "ith", "ura"};
    static final String[] NUMERAL = {"", " II", " III", " IV", " V", " VI", " VII", " Prime"};
    static final String[] GREEK = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota",
        "Kappa", "Lambda", "Omicron", "Sigma", "Tau", "Upsilon", "Omega"};
    static final String[] REGION = {"Nebula", "Expanse", "Reach", "Belt", "Drift", "Cluster", "Badlands", "Rift"};
    static final String[] ADJECTIVE = {"Free", "United", "Red", "Silent", "Iron", "Black", "Northern", "Last",
        "Burning", "Hidden", "Loyal", "Eastern", "True", "New"};
    static final String[] GROUP = {"Front", "Brotherhood", "League", "Council", "Legion", "Directorate", "Guard",
        "Order", "Circle", "Command", "Alliance", "Movement"};
    static final String[] SHIP = {"Defiant", "Rio Grande", "Kestrel", "Valiant", "Avenger", "Liberty", "Phoenix",
        "Vengeance", "Saratoga", "Yangtze", "Hawk", "Raven", "Lakota", "Excalibur", "Farragut", "Constellation"};
    static final String[] PREFIX = {"ISS", "IRS", "IKS", "IRW", "CDS"};
    static final String[] DEED = {"raided Terran supply depots", "smuggled weapons past Imperial patrols",
        "sabotaged an Imperial shipyard", "rescued prisoners from a labour camp", "spied on the Terran Empire",
        "hid refugees in an asteroid belt", "captured an Imperial freighter", "carried messages between cells",
        "defected from the Imperial Starfleet", "recruited disheartened Terrans", "fought in the Badlands",
        "ran a hidden base on a hollowed out moon"};
    static final String[] EVENT_KIND = {"FOUNDING", "RAID", "DEATH", "RELOCATION", "REORGANIZATION", "ALLIANCE",
        "INVASION", "COLLAPSE", "DEFECTION", "ESPIONAGE", "RESCUE", "CAPTURE", "RENAMING", "SUCCESSION", "CROSSING"};
    static final String[] EVENT_NOUN = {"Founding of", "Raid on", "Death at", "Relocation to", "Reorganization at",
        "Alliance at", "Invasion of", "Collapse of", "Defection at", "Espionage on", "Rescue at", "Capture of",
        "Renaming at", "Succession at", "Crossing from"};
    static final String[] FACTION_KIND = {"RESISTANCE", "GOVERNMENT", "INTELLIGENCE_AGENCY", "MILITARY", "COUNCIL"};

    private final long seed;

    Words(long seed) {
        this.seed = seed;
    }

    /** The random stream of one row: a pure function of the seed, the table (salt) and the row's index. */
    SplittableRandom row(int salt, long index) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L + index));
    }

    String personName(long i) {
        SplittableRandom r = row(1001, i);
        int shape = r.nextInt(100);
        if (shape < 15) {
            return POPULAR[r.nextInt(POPULAR.length)];
        }
        if (shape < 20) {
            return r.nextBoolean() ? pick(r, GIVEN) : pick(r, FAMILY);
        }
        return pick(r, GIVEN) + " " + pick(r, FAMILY);
    }

    String placeName(long i) {
        SplittableRandom r = row(1002, i);
        String word = pick(r, SYLLABLE) + pick(r, SYLLABLE) + (r.nextInt(3) == 0 ? pick(r, SYLLABLE) : "");
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + pick(r, NUMERAL);
    }

    String regionName(long i) {
        SplittableRandom r = row(1003, i);
        return placeName(i).replaceAll(" .*", "") + " " + pick(r, REGION);
    }

    String quadrantName(long i) {
        return GREEK[(int) (i % GREEK.length)] + (i < GREEK.length ? " Quadrant" : " Sector " + (i / GREEK.length));
    }

    String speciesName(long i) {
        String name = placeName(i + 7_000_000).replaceAll(" .*", "");
        return name + (name.endsWith("i") || name.endsWith("a") ? "n" : "ian");
    }

    String empireName(long i) {
        SplittableRandom r = row(1004, i);
        return speciesName(i) + (r.nextBoolean() ? " Empire" : " Star Empire");
    }

    String factionName(long i) {
        SplittableRandom r = row(1005, i);
        return pick(r, ADJECTIVE) + " " + speciesName(r.nextInt(50)) + " " + pick(r, GROUP);
    }

    String shipName(long i) {
        SplittableRandom r = row(1006, i);
        return pick(r, PREFIX) + " " + pick(r, SHIP);
    }

    String shipClassName(long i) {
        return SHIP[(int) (i % SHIP.length)] + " class" + (i < SHIP.length ? "" : " Mark " + (i / SHIP.length + 1));
    }

    static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    /** The slug contract: lower-case ASCII words joined by '-', made unique by the row's number. */
    static String slug(String name, long number) {
        StringBuilder s = new StringBuilder(name.length() + 10);
        boolean dash = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c == '\'') {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && s.length() > 0) {
                    s.append('-');
                }
                s.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return s.append('-').append(number).toString();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
