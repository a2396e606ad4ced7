package org.maquis.archive.errors;

/**
 * An error a client can act on. Its message is shown as it is and its subclass gives `extensions.code`;
 * anything else is reported as INTERNAL with no detail (see application.properties).
 */
public abstract class ArchiveError extends RuntimeException {

    protected ArchiveError(String message) {
        super(message, null, false, false);
    }
}
