package org.maquis.archive.data;

import org.maquis.archive.errors.Refused;
import org.maquis.archive.errors.UserError;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * What PostgreSQL refused in a write, in the lore's words: the rule broken, the input field at fault. The API checks
 * every rule first, after locking what the rule is about, so a client meets these only when something else wrote
 * meanwhile outside the API, or a check was missed; each is logged as one INFO line, which an operator may look for.
 */
public final class DatabaseRefusals {

    private static final Logger LOG = Logger.getLogger(DatabaseRefusals.class);

    /** A rule's refusal: the field at fault and the sentence; {@code conflict} when it is a CONFLICT, else BAD_USER_INPUT. */
    private record Rule(boolean conflict, String field, String sentence) {
    }

    private static Rule conflict(String field, String sentence) {
        return new Rule(true, field, sentence);
    }

    private static Rule badInput(String field, String sentence) {
        return new Rule(false, field, sentence);
    }

    /** The rules of V1, V7 and V12 a client can break, by constraint name. */
    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("cell_leader_one_open", conflict("cell",
                    "The cell's open leadership changed meanwhile: a cell has one open leadership. Read its leaders again.")),
            Map.entry("event_participant_once", conflict("participant",
                    "It already takes part in the event: one takes part in an event once. Change the role of that participation.")),
            Map.entry("ship_command_once", conflict("person",
                    "The person already holds a command of the ship: change that command's role.")),
            Map.entry("faction_founder_faction_id_person_id_key", conflict("person", "The person is already a founder of the faction.")),
            Map.entry("faction_origin_faction_id_formed_from_id_key", conflict("formedFrom",
                    "The faction is already recorded as formed from that one.")),
            Map.entry("faction_species_faction_id_species_id_key", conflict("species", "The species is already among the faction's ranks.")),
            Map.entry("faction_opposition_faction_id_empire_id_key", conflict("empire", "The faction already opposes the empire.")),
            Map.entry("marriage_person_id_spouse_id_key", conflict("spouse", "The two are already married.")),
            Map.entry("alliance_empire_id_ally_id_key", conflict("ally", "The two empires are already allied.")),
            Map.entry("ship_renamed_to_id_key", conflict("id", "A name of a ship is renamed once: the ship was renamed meanwhile.")),
            Map.entry("place_not_within_itself", badInput("locatedIn", "A place does not lie within itself.")),
            Map.entry("place_never_within_itself", badInput("locatedIn",
                    "A place cannot lie within itself, directly or through other places.")),
            Map.entry("event_not_following_itself", badInput("follows", "An event does not follow itself.")),
            Map.entry("event_never_follows_itself", badInput("follows", "An event cannot follow itself, directly or through other events.")),
            Map.entry("faction_not_part_of_itself", badInput("partOf", "A faction is not part of itself.")),
            Map.entry("faction_never_part_of_itself", badInput("partOf",
                    "A faction cannot be part of itself, directly or through other factions.")),
            Map.entry("faction_not_its_own_counterpart", badInput("counterpart", "A faction is not its own counterpart.")),
            Map.entry("faction_origin_not_from_itself", badInput("formedFrom", "A faction is not formed from itself.")),
            Map.entry("faction_origin_never_loops", badInput("formedFrom",
                    "A faction cannot be formed from itself, directly or through the factions it formed.")),
            Map.entry("ship_not_renamed_to_itself", badInput("id", "A ship is not renamed to itself.")),
            Map.entry("ship_renaming_never_loops", badInput("id", "A ship's renamings never lead back to an earlier name.")),
            Map.entry("spy_assignment_not_ordered_by_the_spy", badInput("orderedBy", "A spy is ordered by someone else.")),
            Map.entry("cell_faction_of_its_universe", badInput("faction", "A cell belongs to a faction of its universe.")));

    private DatabaseRefusals() {
    }

    /**
     * The user error for PostgreSQL's refusal {@code state} of {@code rule} (a constraint, or null) on {@code table},
     * in {@code mutation}; null when the refusal is not the client's to act on.
     */
    public static Refused of(String mutation, String state, String rule, String table, String message) {
        UserError error = error(mutation, state, rule, table);
        if (error != null) {
            LOG.infof("%s refused by PostgreSQL (SQLSTATE %s%s): %s", mutation, state, rule == null ? "" : ", rule " + rule,
                    message == null ? "" : message.replaceAll("\\p{Cntrl}", "?"));
        }
        return error == null ? null : new Refused(error);
    }

    private static UserError error(String mutation, String state, String rule, String table) {
        String named = rule == null ? "" : " (rule `" + rule + "`)";
        Rule known = rule == null ? null : RULES.get(rule);
        if (known != null && (state.equals("23505") || state.equals("23514"))) {
            String sentence = known.sentence().replaceAll("\\.$", "") + named + ".";
            return known.conflict() ? UserError.conflict(known.field(), sentence) : UserError.badInput(known.field(), sentence);
        }
        switch (state) {
            case "23505":
                return rule != null && rule.endsWith("_slug_key")
                        ? UserError.conflict("name", "Another record of this type took the slug of this name meanwhile" + named
                                + ": read the archive again, then choose another name.")
                        : UserError.conflict(null, "Something else already has that" + named + ".");
            case "23503":
                return deletes(mutation)
                        ? UserError.conflict("id", "Something still points to this record" + named
                                + ": delete with `detach: true`, or remove what points here first.")
                        : UserError.notFound(referenceField(rule, table), "What it names is no longer in the archive" + named + ".");
            case "23P01":
                return UserError.conflict(null, "It overlaps another that may not overlap it" + named + ".");
            case "23514", "23502":
                return UserError.badInput(null, "The archive refuses this change" + named + ".");
            case "40P01", "40001":
                return UserError.conflict(null, "This change crossed another made at the same moment, and was undone: nothing "
                        + "changed. Read the archive again, then retry.");
            default:
                // Class 22, data exceptions: a value PostgreSQL cannot store or compute (a character, a date, a number).
                return state.startsWith("22") ? UserError.badInput(null,
                        "The archive cannot store a value of this change: check the text, dates and numbers sent.") : null;
        }
    }

    /** Whether {@code mutation} deletes: a foreign key it breaks is one that points at what it deletes. */
    private static boolean deletes(String mutation) {
        return mutation.startsWith("delete") || mutation.startsWith("remove");
    }

    /** Tables whose foreign keys a write may break: the node types' and the links that are not nodes. */
    private static final List<String> TABLES = Stream.concat(NodeType.all().stream().map(NodeType::table),
            Stream.of("faction_founder", "faction_origin", "marriage")).sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /**
     * The input field of a foreign key's column ({@code membership_person_id_fkey}: `person`), if its name is
     * PostgreSQL's default one of a known table.
     */
    private static String referenceField(String rule, String table) {
        if (rule == null || !rule.endsWith("_id_fkey")) {
            return null;
        }
        String of = table != null ? table : TABLES.stream().filter(t -> rule.startsWith(t + "_")).findFirst().orElse(null);
        if (of == null || !rule.startsWith(of + "_")) {
            return null;
        }
        String[] words = rule.substring(of.length() + 1, rule.length() - "_id_fkey".length()).split("_");
        StringBuilder field = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return field.toString();
    }
}
