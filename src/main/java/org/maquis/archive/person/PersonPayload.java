package org.maquis.archive.person;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.errors.UserError;

@Description("What a person mutation did: the person as it now is, or what was wrong (then nothing changed).")
public record PersonPayload(@Description("The person as stored after the mutation; null when it changed nothing.") Person person,
        @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {
}
