package org.maquis.archive.faction;

import jakarta.persistence.Embedded;
import jakarta.persistence.Table;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.relay.Node;
import org.maquis.archive.lore.HeldForATime;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.person.Person;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.data.Refers;

/** A person's allegiance to exactly one faction or one empire (the table checks that one of the two is set). */
@Entity
@Table(name = "membership")
// A page of a connection: the row, the key of the parent it was read for, and its cursor (see Relation).
@SqlResultSetMapping(name = "Membership.page", entities = @EntityResult(entityClass = Membership.class), columns = {
        @ColumnResult(name = "page_parent", type = Long.class), @ColumnResult(name = "page_cursor", type = String.class)})
@Description("A person's allegiance to a faction or to an empire, and the role held there: "
        + "exactly one of `faction` and `empire` is set.")
public class Membership extends HeldForATime implements Node {

    @Ignore
    @Refers(Person.class)
    public Long personId;

    @Ignore
    @Refers(Faction.class)
    public Long factionId;

    @Ignore
    @Refers(Empire.class)
    public Long empireId;

    @NonNull
    @Description("The role as the article gives it (\"Captain\", \"co-founder\", \"Bajora cell leader\").")
    public String role;

    @Embedded
    @EmbeddedColumnNaming("from_%s")
    @Description("When the membership began, or null if the article does not say.")
    public ApproximateDate from;

    @Embedded
    @EmbeddedColumnNaming("to_%s")
    @Description("When it ended, or null if it had not ended by the article's last word.")
    public ApproximateDate to;
}
