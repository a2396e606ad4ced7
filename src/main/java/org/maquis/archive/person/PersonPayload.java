package org.maquis.archive.person;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.graph.UserError;

@Description("What a person mutation did: the person as it now is, or what was wrong (then nothing changed).")
public class PersonPayload {

    @Description("The person as stored after the mutation; null when it changed nothing.")
    public final Person person;

    @NonNull
    @Description("What the caller got wrong; empty when the mutation landed.")
    public final List<@NonNull UserError> userErrors;

    PersonPayload(Person person) {
        this.person = person;
        this.userErrors = List.of();
    }

    PersonPayload(List<UserError> userErrors) {
        this.person = null;
        this.userErrors = userErrors;
    }
}
