package org.maquis.archive.graph;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Something failed on the server side (the database is unreachable, a statement failed). The client sees
 * only this message and the code; the cause goes to the log with an id that the message repeats.
 */
@ErrorCode("INTERNAL")
public class InternalFailure extends ArchiveError {

    public InternalFailure(String incident) {
        super("The archive could not answer this field (incident " + incident + "); please try again later.");
    }
}
