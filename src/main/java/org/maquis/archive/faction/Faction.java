package org.maquis.archive.faction;

import jakarta.persistence.Embedded;
import jakarta.persistence.Table;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.relay.Node;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.lore.Entry;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.data.Refers;
import org.maquis.archive.person.Person;
import org.maquis.archive.place.Place;
import org.maquis.archive.ship.Ship;

@Entity
@Table(name = "faction")
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "Faction.page", entities = @EntityResult(entityClass = Faction.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Description("An organized group: a resistance movement, a government body, an intelligence agency, a military or a council.")
public class Faction extends Entry implements Node {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What sort of group this is.")
    public FactionKind kind;

    @Description("The group's aims as the article lists them, or null.")
    public String primaryMissions;

    @Embedded
    @EmbeddedColumnNaming("founded_%s")
    @Description("When the group was founded, or null if the article does not say.")
    public ApproximateDate founded;

    @Ignore
    @Refers(Place.class)
    public Long headquartersId;

    @Ignore
    @Refers(Faction.class)
    public Long counterpartId;

    @Ignore
    @Refers(value = Faction.class, field = "partOf")
    public Long partOfFactionId;

    @Ignore
    @Refers(value = Empire.class, field = "serves")
    public Long servesEmpireId;

    @Ignore
    @Refers(Person.class)
    public Long allegianceId;

    @Ignore
    @Refers(Ship.class)
    public Long flagshipId;
}
