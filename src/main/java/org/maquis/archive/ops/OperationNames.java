package org.maquis.archive.ops;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The {@code operation} label of a request's metrics, from a bounded set: clients choose operation names, and each
 * distinct label is a series Prometheus keeps. The first {@code max} names seen get a label of their own; later
 * ones, and anything that is not a plain GraphQL name of at most 64 characters, share {@value #OTHER}. Names in
 * parentheses cannot be operation names: {@value #ANONYMOUS} for an operation with no name, {@value #NONE} for a
 * request refused before any operation ran.
 */
final class OperationNames {

    static final String ANONYMOUS = "(anonymous)";
    static final String NONE = "(none)";
    static final String OTHER = "(other)";
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final int max;

    OperationNames(int max) {
        this.max = max;
    }

    String label(GraphQLOutcome outcome) {
        if (!outcome.executed()) {
            return NONE;
        }
        String name = outcome.operation();
        if (name == null) {
            return ANONYMOUS;
        }
        if (known.contains(name)) {
            return name;
        }
        if (!NAME.matcher(name).matches()) {
            return OTHER;
        }
        synchronized (known) {
            if (known.size() < max) {
                known.add(name);
                return name;
            }
        }
        return OTHER;
    }
}
