package org.maquis.archive.relay;

import org.maquis.archive.data.Writes;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every mutation's payload carries besides what it changed: the caller's mistakes. A payload is made either
 * from what the mutation changed (no user errors) or from its user errors (then it changed nothing); see
 * {@link Writes#payload}.
 */
public abstract class Payload {

    @NonNull
    @Description("What the caller got wrong; empty when the mutation landed. With user errors the mutation changed nothing.")
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
