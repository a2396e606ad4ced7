package org.maquis.archive.event;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.graphql.Description;
import org.maquis.archive.graph.Node;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.maquis.archive.lore.ApproximateDate;
import org.maquis.archive.lore.Entry;
import org.maquis.archive.lore.Universe;

@Entity
@Description("Something that happened, dated as precisely as the article dates it.")
public class Event extends Entry implements Node {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What sort of event this is.")
    public EventKind kind;

    @Embedded
    @EmbeddedColumnNaming("date_%s")
    @Description("When it happened, or null if the article gives no date.")
    public ApproximateDate date;

    @Description("What the event was aimed at, where that is not a place or a participant (\"Terran cargo convoys and supply runs\").")
    public String target;

    @Enumerated(EnumType.STRING)
    @Description("For a crossing between universes: the universe left.")
    public Universe fromUniverse;

    @Enumerated(EnumType.STRING)
    @Description("For a crossing between universes: the universe reached.")
    public Universe toUniverse;

    @Ignore
    public Long placeId;

    @Ignore
    public Long followsId;
}
