package org.maquis.archive.lore;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.data.Versioned;

/** An entry of the archive: something a reader looks up by name, in one universe. */
@MappedSuperclass
public abstract class Entry extends Versioned {

    @NonNull
    @Description("The name as the article gives it.")
    public String name;

    @NonNull
    @Description("Lower-case ASCII words joined by `-`, made from the name; unique per type. "
            + "Where a name is shared across universes, the one outside the mirror universe ends in its universe (`maquis-primary`).")
    public String slug;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The universe this belongs to.")
    public Universe universe;

    @NonNull
    @Description("What the article says of it, in a sentence or two.")
    public String description;
}
