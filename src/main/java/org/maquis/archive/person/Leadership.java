package org.maquis.archive.person;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.data.Refers;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.lore.HeldForATime;

/**
 * A person's time at the head of something: a cell (CellLeadership) or a faction (FactionLeadership), whose
 * tables differ only in what was led.
 */
@MappedSuperclass
public abstract class Leadership extends HeldForATime {

    @Ignore
    @Refers(Person.class)
    public Long personId;

    @Embedded
    @EmbeddedColumnNaming("from_%s")
    @Description("When the leadership began, or null if the article does not say.")
    public ApproximateDate from;

    @Embedded
    @EmbeddedColumnNaming("to_%s")
    @Description("When it ended, or null if it had not ended by the article's last word.")
    public ApproximateDate to;
}
