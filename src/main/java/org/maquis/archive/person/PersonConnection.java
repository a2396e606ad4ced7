package org.maquis.archive.person;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of people.")
public class PersonConnection extends Connection<Person, PersonConnection.PersonEdge> {

    public PersonConnection(Slice<Person> slice) {
        super(slice, PersonEdge::new);
    }

    @Description("A person in a page, with its cursor.")
    public static class PersonEdge extends Edge<Person> {
        PersonEdge(String cursor, Person node) {
            super(cursor, node);
        }
    }
}
