package org.maquis.archive.relay;

import org.maquis.archive.data.Writes;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every mutation's payload carries besides what it changed: the caller's mistakes. Most payloads are records
 * of what changed and {@code userErrors} (described by {@link #USER_ERRORS}); a payload of several fields extends this. A payload is made either
 * from what the mutation changed (no user errors) or from its user errors (then it changed nothing); see
 * {@link Writes#payload}.
 */
public abstract class Payload {

    /** The description of every payload's {@code userErrors}, a record's component as this class's field. */
    public static final String USER_ERRORS =
            "What the caller got wrong; empty when the mutation landed. With user errors the mutation changed nothing.";

    @NonNull
    @Description(USER_ERRORS)
    public final List<@NonNull UserError> userErrors;

    /** A payload of a mutation that landed. */
    protected Payload() {
        this.userErrors = List.of();
    }

    /** A payload of a mutation that changed nothing, for these reasons. */
    protected Payload(List<UserError> userErrors) {
        this.userErrors = List.copyOf(userErrors);
    }
}
