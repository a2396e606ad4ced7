package org.maquis.archive.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A change was asked without a valid bearer token: none, forged, expired or signed by another key. */
@ErrorCode("UNAUTHENTICATED")
public class Unauthenticated extends ArchiveError {

    public Unauthenticated(String message) {
        super(message);
    }
}
