package org.maquis.archive.lore;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What every new entry is given: its name (the slug is made from it), universe and description. */
public abstract class EntryInput {

    @NonNull
    @Description("The name, 1 to 200 characters; the slug is made from it.")
    public String name;

    @NonNull
    @Description("The universe it belongs to.")
    public Universe universe;

    @NonNull
    @Description("What the source says of it, 1 to 4000 characters.")
    public String description;

    /** Checks these fields and sets them on the new entry; the checks go on with the type's own fields. */
    public Checks applyTo(Entry entry) {
        entry.name = Checks.strip(name);
        entry.universe = universe;
        entry.description = Checks.strip(description);
        return new Checks().text("name", name, Checks.NAME, true).text("description", description, Checks.DESCRIPTION, true);
    }
}
