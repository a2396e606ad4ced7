package org.maquis.archive.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Well-formed arguments for any root field, built from the schema: every required argument and input field, and of a
 * mutation's input also the optional texts and dates (so that an update changes something), each with a value the
 * archive accepts: ids of lore rows ({@link LoreIds}), names of its own, a date in 2375. A mutation so called by an
 * archivist lands; called by anyone else it must be refused, and a test of that refusal is worth something only
 * because of this.
 */
public final class LoreInputs {

    /** A slug of the lore for each lookup by slug. */
    private static final Map<String, String> SLUGS = Map.of("person", "marlena-moreau", "faction", "maquis", "cell", "bajora-cell",
            "empire", "terran-empire", "event", "raid-on-rigel-iv", "place", "badlands", "ship", "voyager",
            "shipClass", "prometheus-class", "species", "vulcan");

    /** Optional fields a mutation needs all the same ("give this or `empire`"). */
    private static final Set<String> NEEDED = Set.of("addMembership.input.faction");

    /** Values that differ from the defaults: a crossing goes to the other universe; a new leader after the last one. */
    private static final Map<String, Object> BY_PATH = Map.of(
            "recordCrossing.input.to", Calls.Literal.enumValue("PRIMARY"),
            "appointCellLeader.input.from", date("2390"));

    private final Shapes shapes;
    private final ToIntFunction<String> versions;

    /** @param versions the version of the record a global id names, as the database holds it now ({@link LoreIds#versions}) */
    public LoreInputs(Shapes shapes, ToIntFunction<String> versions) {
        this.shapes = shapes;
        this.versions = versions;
    }

    /** The arguments of a well-formed call of {@code field}, keyed by argument name. */
    public Map<String, Object> args(Shapes.Field field) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (Shapes.Value arg : field.args()) {
            if (arg.required()) {
                args.put(arg.name(), valid(field.name() + "." + arg.name(), null, arg));
            }
        }
        return args;
    }

    /** A value the archive accepts for {@code value} at {@code path} (root field, then names), a field of {@code inputType}. */
    public Object valid(String path, String inputType, Shapes.Value value) {
        if (BY_PATH.containsKey(path)) {
            return BY_PATH.get(path);
        }
        Shapes.TypeRef type = value.type();
        if (type.list()) {
            return List.of(valid(path, inputType, new Shapes.Value(value.name(), value.description(), type.inner(), null)));
        }
        Shapes.Type named = shapes.type(type);
        return switch (named.kind()) {
            case "INPUT_OBJECT" -> input(path, named);
            case "ENUM" -> Calls.Literal.enumValue(named.enumValues().get(0));
            default -> scalar(path, inputType, value.name(), named.name());
        };
    }

    /** An input object with its required fields, and of a mutation's input its optional texts and dates. */
    public Map<String, Object> input(String path, Shapes.Type type) {
        Map<String, Object> input = new LinkedHashMap<>();
        for (Shapes.Value field : type.inputFields()) {
            String at = path + "." + field.name();
            if (field.required() || NEEDED.contains(at) || BY_PATH.containsKey(at) || enriching(field)) {
                input.put(field.name(), valid(at, type.name(), field));
            }
        }
        return input;
    }

    /** Optional texts and dates, but not a new name (which moves a slug). */
    private boolean enriching(Shapes.Value field) {
        String named = field.type().named().name();
        return !field.type().list() && List.of("String", "Date", "ApproximateDateInput").contains(named)
                && !field.name().equals("name");
    }

    private Object scalar(String path, String inputType, String name, String scalar) {
        String root = path.substring(0, path.indexOf('.'));
        return switch (scalar) {
            case "ID" -> LoreIds.id(path, inputType).orElseThrow(() -> new IllegalStateException(
                    "support/LoreIds names no lore row for " + path + " (" + inputType + "): add one"));
            case "Int" -> name.equals("version") ? versions.applyAsInt(LoreIds.id(path.substring(0, path.lastIndexOf('.')) + ".id",
                    inputType).orElseThrow()) : name.equals("first") || name.equals("last") ? 2 : 1;
            case "Boolean" -> false;
            case "Date" -> name.equals("latest") ? "2375-12-31" : "2375-01-01";
            default -> switch (name) {
                case "slug" -> SLUGS.getOrDefault(root, "marlena-moreau");
                case "query" -> "maquis";
                case "name" -> "Probe " + root;
                case "newName" -> "IRS Probe " + root;
                case "eventName" -> "Probe event of " + root;
                case "wording" -> "in 2375";
                case "description" -> "Written by a generated test of " + root + ".";
                default -> "probe";
            };
        };
    }

    /** An approximate date within {@code year}. */
    private static Map<String, Object> date(String year) {
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("earliest", year + "-01-01");
        date.put("latest", year + "-12-31");
        date.put("wording", "in " + year);
        return date;
    }
}
