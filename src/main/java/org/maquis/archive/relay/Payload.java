package org.maquis.archive.relay;

/**
 * What every mutation's payload carries besides what it changed: the caller's mistakes. Each payload is a record of
 * what changed and {@code userErrors} (described by {@link #USER_ERRORS}), made either of what the mutation changed
 * and no user errors, or of nulls and the user errors (then it changed nothing): see
 * {@code security/Archivists.edit}.
 */
public final class Payload {

    /** The description of every payload's {@code userErrors}. */
    public static final String USER_ERRORS =
            "What the caller got wrong; empty when the mutation landed. With user errors the mutation changed nothing.";

    private Payload() {
    }
}
