package org.maquis.archive.faction;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.maquis.archive.data.Versioned;

/** A link from a faction to an older one whose members formed it; read through, never shown. */
@Entity
@Table(name = "faction_origin")
@Description("An older faction whose members formed a newer one.")
public class FactionOrigin extends Versioned {

    @Ignore
    public Long factionId;

    @Ignore
    public Long formedFromId;
}
