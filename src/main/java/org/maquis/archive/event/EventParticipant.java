package org.maquis.archive.event;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.graph.Node;
import org.maquis.archive.graph.Row;

@Entity
@Table(name = "event_participant")
@Description("Who or what took part in an event, and how: exactly one of `person`, `faction`, `empire` or `ship` is set, "
        + "and `participant` gives that one whatever its type.")
public class EventParticipant extends Row implements Node {

    @Ignore
    public Long eventId;

    @NonNull
    @Description("The part played, in the article's words (\"founder\", \"raider\", \"killed\", \"rescuer\").")
    public String role;

    @Ignore
    public Long personId;

    @Ignore
    public Long factionId;

    @Ignore
    public Long empireId;

    @Ignore
    public Long shipId;
}
