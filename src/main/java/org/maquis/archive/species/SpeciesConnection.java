package org.maquis.archive.species;

import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Connection;
import org.maquis.archive.relay.Edge;
import org.maquis.archive.data.Slice;

@Description("A page of species.")
public class SpeciesConnection extends Connection<Species, SpeciesConnection.SpeciesEdge> {

    public SpeciesConnection(Slice<Species> slice) {
        super(slice, SpeciesEdge::new);
    }

    @Description("A species in a page, with its cursor.")
    public static class SpeciesEdge extends Edge<Species> {
        SpeciesEdge(String cursor, Species node) {
            super(cursor, node);
        }
    }
}
