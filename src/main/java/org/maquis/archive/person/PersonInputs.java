package org.maquis.archive.person;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.EntryChanges;
import org.maquis.archive.lore.EntryInput;

/** The inputs of the person mutations. */
public final class PersonInputs {

    private PersonInputs() {
    }

    @Input("CreatePersonInput")
    @Description("A person to add. The slug is made from the name.")
    public static class Create extends EntryInput {
        @Description("Rank or title, at most 100 characters.") public String title;
        @Description("When they died, if they did.") public ApproximateDateInput died;
        @Id @Description("The id of their species.") public String species;
        @Id @Description("The id of the place they come from.") public String homeworld;
        @Id @Description("The id of the place they died.") public String deathPlace;
        @Id @Description("The id of the event they were killed in.") public String killedIn;
    }

    @Input("UpdatePersonInput")
    @Description("Changes to a person: fields left out or null stay as they are; `clear` empties optional ones.")
    public static class Update extends EntryChanges {
        @Description("A new title.") public String title;
        @Description("A new date of death.") public ApproximateDateInput died;
        @Id @Description("The id of a new species.") public String species;
        @Id @Description("The id of a new homeworld.") public String homeworld;
        @Id @Description("The id of a new place of death.") public String deathPlace;
        @Id @Description("The id of a new event they were killed in.") public String killedIn;
        @Description("Optional fields to empty.") public List<@NonNull PersonField> clear;
    }

    @Description("An optional field of a person that an update can empty.")
    public enum PersonField {
        @Description("`title`.") TITLE,
        @Description("`died`.") DIED,
        @Description("`species`.") SPECIES,
        @Description("`homeworld`.") HOMEWORLD,
        @Description("`deathPlace`.") DEATH_PLACE,
        @Description("`killedIn`.") KILLED_IN
    }
}
