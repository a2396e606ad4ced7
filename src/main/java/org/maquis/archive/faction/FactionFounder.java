package org.maquis.archive.faction;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.maquis.archive.data.Versioned;

/** A link from a faction to one of the people who founded it; read through, never shown. */
@Entity
@Table(name = "faction_founder")
@Description("A person's part in founding a faction.")
public class FactionFounder extends Versioned {

    @Ignore
    public Long factionId;

    @Ignore
    public Long personId;
}
