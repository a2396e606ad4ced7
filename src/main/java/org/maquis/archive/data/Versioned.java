package org.maquis.archive.data;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A row that archivists edit: it carries a version, 1 when created and one more at each change. An update or
 * a delete names the version it read, and changes nothing when the row has moved on (optimistic locking:
 * Hibernate writes {@code where id = ? and version = ?}, so two writers can never both win).
 */
@MappedSuperclass
public abstract class Versioned extends Row {

    @Version
    @NonNull
    @Description("The version of this record: 1 when created, one more at each change. "
            + "An update or delete must name the version it read; a stale one is refused with `CONFLICT`.")
    public Integer version;
}
