package org.maquis.archive.live;

import io.smallrye.graphql.api.ErrorCode;
import org.maquis.archive.errors.ArchiveError;

/** A subscriber that did not take its changes as fast as they came: its subscription ends with this. */
@ErrorCode("LIMIT_EXCEEDED")
public class FellBehind extends ArchiveError {

    FellBehind(int limit) {
        super("This subscription fell more than " + limit + " changes behind and was ended: subscribe again to"
                + " `archiveChanged` with `after` set to the cursor of the last change received.");
    }
}
