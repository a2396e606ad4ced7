package org.maquis.archive.errors;


import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors of an executed operation, in the API's words. SmallRye (2.17) answers an argument it cannot convert to
 * its Java type (a `TransformException`, caught in its own data fetchers before the resolver runs) as a graphql-java
 * ValidationError without `extensions.code`, whose message prints the value and the Java class it was meant for
 * (`Unknown Scalar Type [org.maquis.archive.person.PersonInputs$Create]`), and returns null, so that graphql-java adds
 * a `NullValueInNonNullableField` error for a non-null field. The boundary ({@link org.maquis.archive.input.ArgumentValues}) refuses such
 * values before execution; should one still get through, this answers it as BAD_USER_INPUT naming the argument, and
 * drops the null's error, which the specification does not add for a field that has its error already.
 */
public final class ExecutionErrors {

    /** The start of the ValidationError's description that SmallRye's TransformException writes: the argument. */
    private static final Pattern ARGUMENT = Pattern.compile("^argument '([_A-Za-z][_0-9A-Za-z]*)'");

    private ExecutionErrors() {
    }

    /** The errors as clients see them: the same list when nothing needs rewording (the usual case). */
    public static List<GraphQLError> inApiWords(List<GraphQLError> errors, String requestId) {
        if (errors.stream().noneMatch(e -> e instanceof ValidationError)) {
            return errors;
        }
        Set<List<String>> explained = new HashSet<>();
        List<GraphQLError> worded = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            if (error instanceof ValidationError validation) {
                explained.add(validation.getQueryPath() == null ? List.of() : validation.getQueryPath());
                worded.add(badArgument(validation, requestId));
            } else {
                worded.add(error);
            }
        }
        worded.removeIf(e -> e instanceof NonNullableFieldWasNullError && e.getPath() != null
                && explained.contains(e.getPath().stream().map(String::valueOf).toList()));
        return worded;
    }

    private static GraphQLError badArgument(ValidationError error, String requestId) {
        List<String> path = error.getQueryPath() == null ? List.of() : error.getQueryPath();
        String field = path.isEmpty() ? "this field" : "`" + path.get(path.size() - 1) + "`";
        Matcher argument = ARGUMENT.matcher(error.getDescription() == null ? "" : error.getDescription());
        String named = argument.find() ? "The argument `" + argument.group(1) + "` of " + field : "An argument of " + field;
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", "BAD_USER_INPUT");
        if (requestId != null) {
            extensions.put("requestId", requestId);
        }
        return new Refusal(named + " holds a value that its type does not take.", error.getLocations(), List.copyOf(path), extensions);
    }

    /**
     * An error as the API words it: graphql-java's own errors write their classification into `extensions`, which
     * SmallRye passes on for an error of neither of its two kinds (the ones it filters by
     * `quarkus.smallrye-graphql.error-extension-fields`).
     */
    private record Refusal(String message, List<SourceLocation> locations, List<Object> path, Map<String, Object> extensions)
            implements GraphQLError {

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public List<SourceLocation> getLocations() {
            return locations;
        }

        @Override
        public List<Object> getPath() {
            return path;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return extensions;
        }

        @Override
        public ErrorClassification getErrorType() {
            return ErrorType.ValidationError;
        }

        @Override
        public Map<String, Object> toSpecification() {
            Map<String, Object> specified = new LinkedHashMap<>();
            specified.put("message", message);
            if (locations != null && !locations.isEmpty()) {
                specified.put("locations", locations.stream().map(l -> Map.of("line", l.getLine(), "column", l.getColumn())).toList());
            }
            specified.put("path", path);
            specified.put("extensions", extensions);
            return specified;
        }
    }
}
