package org.maquis.archive.person;

import jakarta.persistence.Entity;
import org.maquis.archive.graph.Row;

/** Two people married to each other; stored once, with the smaller row key first. */
@Entity
public class Marriage extends Row {

    public Long personId;

    public Long spouseId;
}
