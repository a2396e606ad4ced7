package org.maquis.archive.event;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.event.EventEdits.EventPayload;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.lore.ApproximateDateInput;
import org.maquis.archive.lore.Universe;

/**
 * Crossings between the universes: the event, of kind CROSSING with the universes left and reached, and its
 * travellers as participants who "crossed", in one transaction. As in the lore, a crossing belongs to the
 * universe it departs from. The mutation maps its input to an {@link EventService} operation and its result to a
 * payload.
 */
@GraphQLApi
public class CrossingEdits {

    @Inject
    Archivists archivists;

    @Inject
    EventService events;

    @Input("RecordCrossingInput")
    @Description("People and ships crossing from one universe to the other, and when and where. The slug is made from the name.")
    public static class RecordInput {
        @NonNull @Description("The name of the crossing, 1 to 200 characters (\"Major Kira crosses to the primary universe\").")
        public String name;
        @NonNull @Description("What the source says of it, 1 to 4000 characters.") public String description;
        @NonNull @Description("The universe left; the crossing is recorded in it.") public Universe from;
        @NonNull @Description("The universe reached; not the one left.") public Universe to;
        @Description("When it happened.") public ApproximateDateInput date;
        @Id @Description("The id of the place it happened.") public String place;
        @NonNull @Id @Description("The ids of the people and ships who crossed, at least one, each once.") public List<@NonNull String> travellers;
    }

    @Mutation
    @NonNull
    @Description("Records a crossing between the universes with its travellers (people and ships), all or nothing. "
            + "Needs the archivist role.")
    public Uni<@NonNull EventPayload> recordCrossing(@NonNull @Description("The crossing.") RecordInput input) {
        return archivists.edit("recordCrossing", edit -> events.recordCrossing(edit, input), EventPayload::new);
    }
}
