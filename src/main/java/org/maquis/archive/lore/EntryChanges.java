package org.maquis.archive.lore;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every change of an entry names: the entry, the version read, and new values for the fields every entry
 * has. A field left out or null stays as it is.
 */
public abstract class EntryChanges {

    @Id
    @NonNull
    @Description("The id of what changes.")
    public String id;

    @NonNull
    @Description("The version you read; a stale one changes nothing and is a `CONFLICT`.")
    public Integer version;

    @Description("A new name; the slug follows it.")
    public String name;

    @Description("A new universe; the slug follows it.")
    public Universe universe;

    @Description("A new description.")
    public String description;

    /** Checks these fields; the checks go on with the type's own fields. */
    public Checks check() {
        return new Checks().text("name", name, Checks.NAME, false).text("description", description, Checks.DESCRIPTION, false);
    }

    /** Sets what changed on the entry; true when its slug must follow its name or universe. */
    public boolean applyTo(Entry entry) {
        if (name != null) {
            entry.name = name.strip();
        }
        if (universe != null) {
            entry.universe = universe;
        }
        if (description != null) {
            entry.description = description.strip();
        }
        return name != null || universe != null;
    }
}
