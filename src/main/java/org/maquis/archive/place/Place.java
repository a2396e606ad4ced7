package org.maquis.archive.place;

import jakarta.persistence.ColumnResult;
import jakarta.persistence.Table;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Node;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.lore.Entry;
import org.maquis.archive.data.Refers;

@Entity
@Table(name = "place")
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "Place.page", entities = @EntityResult(entityClass = Place.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Description("A planet, region or quadrant the article names.")
public class Place extends Entry implements Node {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What sort of place this is.")
    public PlaceKind kind;

    @Ignore
    @Refers(Place.class)
    public Long locatedInId;
}
