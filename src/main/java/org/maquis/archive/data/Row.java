package org.maquis.archive.data;

import org.maquis.archive.relay.GlobalId;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A stored row: its row key, hidden from clients, and its global id. Each concrete entity declares
 * {@code implements Node} itself, because SmallRye GraphQL reads interfaces from the class, not its parents.
 */
@MappedSuperclass
public abstract class Row extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY) // new rows take the next value of their table's sequence (V7)
    @Column(name = "id")
    @Ignore
    public Long rowId;

    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("An opaque, global, stable identifier. Do not parse it.")
    public String getId() {
        return GlobalId.encode(getClass().getSimpleName(), rowId);
    }
}
