package org.maquis.archive.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * Hostile requests generated from the schema: for every root query and every mutation, every argument and every input
 * field beneath it (nested objects and list elements too) gets each class of {@link HostileScalars} that fits its type,
 * one at a time, in an otherwise well-formed call ({@link LoreInputs}). A mutation goes with an archivist's token, so
 * that its resolver runs and every input check is reached, and must be refused; some go again without a token or
 * without the role. Whether a value is a literal or a variable, and which token a query carries, come from the seed.
 */
public final class SchemaProbes {

    /** Who sends a probe. */
    public enum Caller {
        NONE, READER, ARCHIVIST
    }

    /** One request: which root field, which slot (path) holds which class of value, by whom, and the call itself. */
    public record Probe(String root, boolean mutation, String slot, String label, Caller caller, Calls.Call call) {
        /** A mutation an archivist sends with a hostile value must be refused (errors or user errors) and change nothing. */
        public boolean mustBeRefused() {
            return mutation && caller == Caller.ARCHIVIST;
        }

        @Override
        public String toString() {
            String body = new String(call.body(), java.nio.charset.StandardCharsets.US_ASCII);
            return root + " " + slot + " <- " + label + " (" + caller + "): " + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
        }
    }

    /** One step of a slot's path: the key (a name, or 0 in a list), what it declares, and the input type it is a field of. */
    record Step(Object key, Shapes.Value value, String inputType, String path) {
    }

    private final Shapes shapes;
    private final Calls calls;
    private final LoreInputs inputs;
    private final Random random;
    /** The longest text each input field's name is documented to take, wherever it is (`name`: 200). */
    private final Map<String, Integer> documented = new java.util.TreeMap<>();

    /** @param versions the version of the record a global id names, as the database holds it now */
    public SchemaProbes(Shapes shapes, long seed, ToIntFunction<String> versions) {
        this.shapes = shapes;
        this.calls = new Calls(shapes);
        this.inputs = new LoreInputs(shapes, versions);
        this.random = new Random(seed);
        for (Shapes.Field root : shapes.mutations()) {
            for (List<Step> slot : slots(root)) {
                Shapes.Value value = slot.get(slot.size() - 1).value();
                value.maxLength().ifPresent(max -> documented.merge(value.name(), max, Math::min));
            }
        }
    }

    /** Every probe, in a fixed order for a fixed seed; {@code othersShare} of the mutations' go again as NONE or READER. */
    public List<Probe> probes(double othersShare) {
        List<Probe> probes = new ArrayList<>();
        for (Shapes.Field query : shapes.queries()) {
            for (List<Step> slot : slots(query)) {
                for (HostileScalars.Hostile value : values(slot)) {
                    probes.add(probe(query, false, slot, value, random.nextBoolean() ? Caller.NONE : Caller.ARCHIVIST));
                }
            }
        }
        for (Shapes.Field mutation : shapes.mutations()) {
            for (List<Step> slot : slots(mutation)) {
                for (HostileScalars.Hostile value : values(slot)) {
                    probes.add(probe(mutation, true, slot, value, Caller.ARCHIVIST));
                    if (random.nextDouble() < othersShare) {
                        probes.add(probe(mutation, true, slot, value, random.nextBoolean() ? Caller.NONE : Caller.READER));
                    }
                }
            }
        }
        return probes;
    }

    /**
     * For every date of every mutation, a well-formed call by an archivist with that date at the archive's bound (an
     * `earliest` at the first day of -4000, a `latest` at the last of 99999): valid, so each must land.
     */
    public List<Probe> datesAtTheBounds() {
        List<Probe> probes = new ArrayList<>();
        for (Shapes.Field mutation : shapes.mutations()) {
            for (List<Step> slot : slots(mutation)) {
                Step last = slot.get(slot.size() - 1);
                if (!last.value().type().list() && last.value().type().named().name().equals("Date")) {
                    String bound = last.key().equals("latest") ? HostileScalars.BOUNDS.get(1) : HostileScalars.BOUNDS.get(0);
                    probes.add(probe(mutation, true, slot, new HostileScalars.Hostile("date at the bound " + bound, bound), Caller.ARCHIVIST));
                }
            }
        }
        return probes;
    }

    /** Every argument and input field of a root field, depth first, each as the path of steps that reaches it. */
    List<List<Step>> slots(Shapes.Field root) {
        List<List<Step>> slots = new ArrayList<>();
        for (Shapes.Value arg : root.args()) {
            visit(slots, List.of(new Step(arg.name(), arg, null, root.name() + "." + arg.name())));
        }
        return slots;
    }

    private void visit(List<List<Step>> slots, List<Step> path) {
        slots.add(path);
        Step last = path.get(path.size() - 1);
        Shapes.TypeRef type = last.value().type();
        if (type.list()) {
            Shapes.Value element = new Shapes.Value(last.value().name(), last.value().description(), type.inner(), null);
            visit(slots, append(path, new Step(0, element, last.inputType(), last.path())));
            return;
        }
        Shapes.Type named = shapes.type(type);
        if (named.kind().equals("INPUT_OBJECT") && path.size() < 6) {
            for (Shapes.Value field : named.inputFields()) {
                visit(slots, append(path, new Step(field.name(), field, named.name(), last.path() + "." + field.name())));
            }
        }
    }

    /** Of the variants of a class (malformed dates...), how many each slot gets. */
    private static final int VARIANTS_PER_SLOT = 2;

    /** The values for a slot: every class of its type (a few variants of each), null where required, an empty required list. */
    private List<HostileScalars.Hostile> values(List<Step> slot) {
        List<HostileScalars.Hostile> all = classes(slot);
        List<HostileScalars.Hostile> variants = new ArrayList<>(all.stream().filter(HostileScalars.Hostile::variant).toList());
        java.util.Collections.shuffle(variants, random);
        List<HostileScalars.Hostile> chosen = new ArrayList<>(all.stream().filter(v -> !v.variant()).toList());
        chosen.addAll(variants.subList(0, Math.min(VARIANTS_PER_SLOT, variants.size())));
        return chosen;
    }

    private List<HostileScalars.Hostile> classes(List<Step> slot) {
        Step last = slot.get(slot.size() - 1);
        Shapes.Value value = last.value();
        List<HostileScalars.Hostile> values = new ArrayList<>();
        if (value.required()) {
            values.add(new HostileScalars.Hostile("null where required", null));
        }
        if (value.type().list()) {
            if (value.type().nonNull()) {
                values.add(new HostileScalars.Hostile("list: empty", List.of()));
            }
            return values;
        }
        Shapes.Type named = shapes.type(value.type());
        String id = named.name().equals("ID") ? LoreIds.id(last.path(), last.inputType()).orElse(null) : null;
        // A field whose description names no maximum takes the one documented for its name elsewhere (an update's
        // `name` that of a creation's): the database holds one limit per column.
        values.addAll(HostileScalars.forType(named, value.maxLength().or(() -> Optional.ofNullable(documented.get(value.name()))), id));
        return values;
    }

    private Probe probe(Shapes.Field root, boolean mutation, List<Step> slot, HostileScalars.Hostile value, Caller caller) {
        Map<String, Object> args = copy(inputs.args(root));
        Object container = args;
        for (int i = 0; i < slot.size(); i++) {
            Step step = slot.get(i);
            if (i == slot.size() - 1) {
                Object hostile = value.value() == HostileScalars.VALID_AS_TEXT
                        ? Calls.json(inputs.valid(step.path(), step.inputType(), step.value())) : value.value();
                put(container, step.key(), hostile);
            } else {
                Object child = get(container, step.key());
                if (child == null) {
                    child = copy(inputs.valid(step.path(), step.inputType(), step.value()));
                    put(container, step.key(), child);
                }
                container = child;
            }
        }
        String where = slot.stream().map(s -> s.key().toString()).reduce((a, b) -> a + "." + b).orElse("");
        return new Probe(root.name(), mutation, where, value.label(), caller,
                calls.call(mutation ? "mutation" : "query", root, args, random.nextBoolean()));
    }

    @SuppressWarnings("unchecked")
    private static void put(Object container, Object key, Object value) {
        if (container instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put((String) key, value);
        } else {
            ((List<Object>) container).set((Integer) key, value);
        }
    }

    private static Object get(Object container, Object key) {
        return container instanceof Map<?, ?> map ? map.get(key) : ((List<?>) container).get((Integer) key);
    }

    /** A deep copy that can be changed. */
    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return (T) copy;
        }
        return value;
    }

    private static List<Step> append(List<Step> path, Step step) {
        List<Step> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }
}
