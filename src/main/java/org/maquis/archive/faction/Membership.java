package org.maquis.archive.faction;

import jakarta.persistence.Embedded;
import jakarta.persistence.Table;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.FieldResult;
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
// The same page with each membership's person read in the same statement (Relation.joining): the person's columns
// come as joined_<column>, which is how Relation writes them from this list.
@SqlResultSetMapping(name = "Membership.page.person", entities = {@EntityResult(entityClass = Membership.class),
        @EntityResult(entityClass = Person.class, fields = {
                @FieldResult(name = "rowId", column = "joined_id"),
                @FieldResult(name = "version", column = "joined_version"),
                @FieldResult(name = "name", column = "joined_name"),
                @FieldResult(name = "slug", column = "joined_slug"),
                @FieldResult(name = "universe", column = "joined_universe"),
                @FieldResult(name = "description", column = "joined_description"),
                @FieldResult(name = "title", column = "joined_title"),
                @FieldResult(name = "died.earliest", column = "joined_died_earliest"),
                @FieldResult(name = "died.latest", column = "joined_died_latest"),
                @FieldResult(name = "died.wording", column = "joined_died_wording"),
                @FieldResult(name = "speciesId", column = "joined_species_id"),
                @FieldResult(name = "homeworldId", column = "joined_homeworld_id"),
                @FieldResult(name = "deathPlaceId", column = "joined_death_place_id"),
                @FieldResult(name = "killedInId", column = "joined_killed_in_id")})}, columns = {
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
