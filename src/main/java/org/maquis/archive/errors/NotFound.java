package org.maquis.archive.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A well-formed id or reference that names nothing in the archive. */
@ErrorCode("NOT_FOUND")
public class NotFound extends ArchiveError {

    public NotFound(String message) {
        super(message);
    }
}
