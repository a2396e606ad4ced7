package org.maquis.archive.person;

import jakarta.persistence.Entity;
import org.maquis.archive.data.Versioned;

/** Two people married to each other; stored once, with the smaller row key first. */
@Entity
public class Marriage extends Versioned {

    public Long personId;

    public Long spouseId;
}
