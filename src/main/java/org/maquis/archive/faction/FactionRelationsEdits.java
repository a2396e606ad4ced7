package org.maquis.archive.faction;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.security.Archivists;
import org.maquis.archive.relay.Payload;
import org.maquis.archive.errors.UserError;
import org.maquis.archive.faction.FactionRelationsService.Ends;
import org.maquis.archive.person.Person;

/**
 * How factions came to be: adding a founder, and an older faction whose members formed a newer one. These
 * links are not nodes, so each payload gives the faction (and the other end); deleting one is not offered
 * yet, as `deleteRecord` takes a node's id. Each mutation maps its input to a {@link FactionRelationsService}
 * operation and its result to a payload.
 */
@GraphQLApi
public class FactionRelationsEdits {

    @Inject
    Archivists archivists;

    @Inject
    FactionRelationsService relations;

    @Input("FactionFounderInput")
    @Description("A person who founded or co-founded a faction.")
    public static class FounderInput {
        @NonNull @Id @Description("The faction's id.") public String faction;
        @NonNull @Id @Description("The id of the founder, a person of the faction's universe.") public String person;
    }

    @Description("What adding a founder did: the faction and its founder, or what was wrong (then nothing changed).")
    public record FactionFounderPayload(@Description("The faction, with the founder among its `founders`; null when nothing changed.") Faction faction,
            @Description("The founder, with the faction among what they `founded`; null when nothing changed.") Person founder,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {

        FactionFounderPayload(Ends<Faction, Person> changed) {
            this(changed.one(), changed.other(), List.of());
        }

        FactionFounderPayload(List<UserError> userErrors) {
            this(null, null, List.copyOf(userErrors));
        }
    }

    @Input("FactionOriginInput")
    @Description("An older faction whose members formed a newer one (Intelligence was formed from the Tal Shiar).")
    public static class OriginInput {
        @NonNull @Id @Description("The id of the newer faction.") public String faction;
        @NonNull @Id @Description("The id of the older faction its members came from, of the same universe.") public String formedFrom;
    }

    @Description("What adding a faction's origin did: both factions, or what was wrong (then nothing changed).")
    public record FactionOriginPayload(@Description("The newer faction, with the older among its `formedFrom`; null when nothing changed.") Faction faction,
            @Description("The older faction, with the newer among what it `formed`; null when nothing changed.") Faction formedFrom,
            @NonNull @Description(Payload.USER_ERRORS) List<@NonNull UserError> userErrors) {

        FactionOriginPayload(Ends<Faction, Faction> changed) {
            this(changed.one(), changed.other(), List.of());
        }

        FactionOriginPayload(List<UserError> userErrors) {
            this(null, null, List.copyOf(userErrors));
        }
    }

    @Mutation
    @NonNull
    @Description("Adds a founder of a faction, a person of its universe. Needs the archivist role.")
    public Uni<@NonNull FactionFounderPayload> addFactionFounder(@NonNull @Description("The faction and its founder.") FounderInput input) {
        return archivists.edit("addFactionFounder", edit -> relations.addFounder(edit, input), FactionFounderPayload::new, FactionFounderPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Adds an older faction whose members formed a newer one, both of one universe. Needs the archivist role.")
    public Uni<@NonNull FactionOriginPayload> addFactionOrigin(@NonNull @Description("The newer faction and the older one.") OriginInput input) {
        return archivists.edit("addFactionOrigin", edit -> relations.addOrigin(edit, input), FactionOriginPayload::new, FactionOriginPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Removes a person from a faction's founders. Needs the archivist role.")
    public Uni<@NonNull FactionFounderPayload> removeFactionFounder(@NonNull @Description("The faction and its founder.") FounderInput input) {
        return archivists.edit("removeFactionFounder", edit -> relations.removeFounder(edit, input), FactionFounderPayload::new, FactionFounderPayload::new);
    }

    @Mutation
    @NonNull
    @Description("Removes an older faction from those a newer one was formed from. Needs the archivist role.")
    public Uni<@NonNull FactionOriginPayload> removeFactionOrigin(@NonNull @Description("The newer faction and the older one.") OriginInput input) {
        return archivists.edit("removeFactionOrigin", edit -> relations.removeOrigin(edit, input), FactionOriginPayload::new, FactionOriginPayload::new);
    }
}
