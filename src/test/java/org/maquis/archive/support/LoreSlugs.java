package org.maquis.archive.support;

/** The slugs of the things the facts of the mirror-Maquis article are about (src/test/resources/lore-facts.md). */
public final class LoreSlugs {

    private LoreSlugs() {
    }

    public static final String MAQUIS = "maquis";
    public static final String MAQUIS_PRIMARY = "maquis-primary";
    public static final String VULCAN_HIGH_COMMAND = "vulcan-high-command";
    public static final String RULING_COUNCIL = "ruling-council";
    public static final String IMPERIAL_STARFLEET = "imperial-starfleet";
    public static final String TAL_SHIAR = "tal-shiar";
    public static final String OBSIDIAN_ORDER = "obsidian-order";
    public static final String INTELLIGENCE = "intelligence";

    public static final String TERRAN_EMPIRE = "terran-empire";
    public static final String KLINGON_EMPIRE = "klingon-empire";
    public static final String ROMULAN_STAR_EMPIRE = "romulan-star-empire";
    public static final String UNITED_FEDERATION_OF_PLANETS = "united-federation-of-planets";

    public static final String SAREK = "sarek";
    public static final String MARLENA_MOREAU = "marlena-moreau";
    public static final String SPOCK = "spock";
    public static final String SARAH_SATO = "sarah-sato";
    public static final String KATHRYN_JANEWAY = "kathryn-janeway";
    public static final String TYPHUSS_JAMES_HALLIWELL = "typhuss-james-halliwell";
    public static final String SELOK = "selok";
    public static final String SHAKAAR_EDON = "shakaar-edon";
    public static final String KIRA = "kira";
    public static final String KIRA_PRIMARY = "kira-primary";
    public static final String SESKA = "seska";
    public static final String EZRI_TIGAN = "ezri-tigan";
    public static final String JADZIA_DAX = "jadzia-dax";

    public static final String ALPHA_QUADRANT = "alpha-quadrant";
    public static final String VULCAN = "vulcan";
    public static final String RIGEL_IV = "rigel-iv";
    public static final String CARDASSIA = "cardassia";
    public static final String ROMULUS = "romulus";
    public static final String CESTUS_III = "cestus-iii";
    public static final String SHERMANS_PLANET = "shermans-planet";
    public static final String BADLANDS = "badlands";

    public static final String PROMETHEUS_CLASS = "prometheus-class";
    public static final String ISS_PROMETHEUS = "iss-prometheus";
    public static final String IRS_ENTERPRISE = "irs-enterprise";
    public static final String ISS_ENTERPRISE = "iss-enterprise";
    public static final String VOYAGER = "voyager";

    public static final String BAJORA_CELL = "bajora-cell";

    public static final String TERRAN = "terran";
    public static final String ROMULAN = "romulan";
    public static final String REMAN = "reman";
    public static final String KLINGON = "klingon";
    public static final String CARDASSIAN = "cardassian";
    public static final String BAJORAN = "bajoran";
    public static final String BETAZOID = "betazoid";
    public static final String TRILL = "trill";
    public static final String ORION = "orion";
    public static final String VULCAN_SPECIES = "vulcan";
    public static final String ANDORIAN = "andorian";

    public static final String DEATH_OF_SPOCK = "death-of-spock";
    public static final String FOUNDING_OF_THE_MAQUIS = "founding-of-the-maquis";
    public static final String RAIDS_ON_TERRAN_CARGO_CONVOYS = "raids-on-terran-cargo-convoys";
    public static final String RELOCATION_FROM_VULCAN = "relocation-of-the-maquis-from-vulcan";
    public static final String DIVISION_INTO_CELLS = "division-of-the-maquis-into-cells";
    public static final String TERRAN_KLINGON_ALLIANCE = "alliance-of-the-terran-empire-and-the-klingon-empire";
    public static final String RAID_ON_RIGEL_IV = "raid-on-rigel-iv";
    public static final String FORMATION_OF_THE_RULING_COUNCIL = "formation-of-the-ruling-council";
    public static final String INVASION_OF_CARDASSIA = "invasion-of-cardassia";
    public static final String INVASION_OF_ROMULUS = "invasion-of-romulus";
    public static final String DEFECTION_OF_OFFICERS = "defection-of-military-officers-to-the-maquis";
    public static final String COLLAPSE_OF_THE_ROMULAN_STAR_EMPIRE = "collapse-of-the-romulan-star-empire";
    public static final String FORMATION_OF_INTELLIGENCE = "formation-of-intelligence";
    public static final String TYPHUSS_ORDERED_TO_SPY = "typhuss-halliwell-ordered-to-spy-on-the-maquis";
    public static final String CAPTURES_OF_STARFLEET_VESSELS = "maquis-captures-of-imperial-starfleet-vessels";
    public static final String CAPTURE_OF_THE_ISS_PROMETHEUS = "capture-of-the-iss-prometheus";
    public static final String RENAMING_OF_THE_ISS_PROMETHEUS = "renaming-of-the-iss-prometheus";
    public static final String RAID_ON_CESTUS_III = "raid-on-cestus-iii";
    public static final String RAID_ON_SHERMANS_PLANET = "raid-on-shermans-planet";
    public static final String DISCOVERY_OF_TYPHUSS = "discovery-of-typhuss-halliwell-as-a-spy";
    public static final String MISSION_TO_RESCUE_TYPHUSS = "mission-to-rescue-typhuss-halliwell";
    public static final String RESCUE_OF_TYPHUSS = "rescue-of-typhuss-halliwell";
    public static final String MAJOR_KIRA_CROSSES = "major-kira-crosses-to-the-primary-universe";
    public static final String SHAKAAR_TAKES_OVER = "shakaar-edon-takes-over-the-bajora-cell";
    public static final String KIRA_RETURNS = "kira-returns-to-the-mirror-universe";
    public static final String SESKA_EZRI_JADZIA_BROUGHT_ACROSS = "seska-ezri-tigan-and-jadzia-dax-brought-to-the-primary-universe";
}
