package org.maquis.archive.errors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What the caller of a mutation got wrong, in the payload: the mutation changed nothing. */
@Type("UserError")
@Description("Something the caller of a mutation got wrong. A payload with user errors changed nothing.")
public record UserError(
        @Description("The input field at fault, as a path such as `died.earliest`; null when the input as a whole is.") String field,
        @NonNull @Description("`BAD_USER_INPUT`, `NOT_FOUND` or `CONFLICT`.") String code,
        @NonNull @Description("What is wrong, for a person to read.") String message) {

    public static UserError badInput(String field, String message) {
        return new UserError(field, "BAD_USER_INPUT", message);
    }

    public static UserError notFound(String field, String message) {
        return new UserError(field, "NOT_FOUND", message);
    }

    public static UserError conflict(String field, String message) {
        return new UserError(field, "CONFLICT", message);
    }
}
