package org.maquis.archive.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A valid token whose holder may not do what was asked (changes need the archivist role). */
@ErrorCode("FORBIDDEN")
public class Forbidden extends ArchiveError {

    public Forbidden(String message) {
        super(message);
    }
}
