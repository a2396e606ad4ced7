package org.maquis.archive.person;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.graph.Connection;
import org.maquis.archive.graph.Edge;
import org.maquis.archive.graph.Slice;

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
