package org.maquis.archive.person;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.relay.UserError;

@Description("What a person mutation did: the person as it now is, or what was wrong (then nothing changed).")
public class PersonPayload extends Payload {

    @Description("The person as stored after the mutation; null when it changed nothing.")
    public final Person person;

    PersonPayload(Person person) {
        this.person = person;
    }

    PersonPayload(List<UserError> userErrors) {
        super(userErrors);
        this.person = null;
    }
}
