package org.maquis.archive.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The request asked for something that can never be answered: a malformed id or cursor, a page too large. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInput extends ArchiveError {

    public BadUserInput(String message) {
        super(message);
    }
}
