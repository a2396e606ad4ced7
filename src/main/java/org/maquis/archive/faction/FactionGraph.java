package org.maquis.archive.faction;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletionStage;
import org.maquis.archive.data.Repository;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.data.PageRequest;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.person.Person;
import org.maquis.archive.place.Place;
import org.maquis.archive.ship.Ship;

/** The factions' root queries, and what each faction points to on its own row. */
@GraphQLApi
public class FactionGraph {

    @Query
    @Description("The faction with this slug, or null.")
    public Uni<Faction> faction(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Repository.of(Faction.class).bySlug(slug);
    }

    @Query
    @Description("Every faction the archive knows (resistance movements, governments, intelligence agencies, "
            + "militaries, councils), a page at a time.")
    public Uni<@NonNull FactionConnection> factions(
            @Description("Only the factions that match; all of them when omitted.") FactionFilter filter,
            @Description("The order of the factions.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Repository.of(Faction.class).page((filter == null ? new FactionFilter() : filter).where(),
                PageRequest.of(orderBy.order(), first, after, last, before)).map(FactionConnection::new);
    }

    @Description("The faction's headquarters or main base, or null if the article names none.")
    public CompletionStage<Place> headquarters(@Source Faction faction) {
        return Repository.of(Place.class).load(faction.headquartersId);
    }

    @Description("The faction's flagship, or null if the article names none.")
    public CompletionStage<Ship> flagship(@Source Faction faction) {
        return Repository.of(Ship.class).load(faction.flagshipId);
    }

    @Description("The same faction in the other universe, or null if the article names none.")
    public CompletionStage<Faction> counterpart(@Source Faction faction) {
        return Repository.of(Faction.class).load(faction.counterpartId);
    }

    @Description("The larger faction this one is part of (the Ruling Council is part of the Maquis), or null.")
    public CompletionStage<Faction> partOf(@Source Faction faction) {
        return Repository.of(Faction.class).load(faction.partOfFactionId);
    }

    @Description("The empire this faction serves (the Imperial Starfleet serves the Terran Empire), or null.")
    public CompletionStage<Empire> serves(@Source Faction faction) {
        return Repository.of(Empire.class).load(faction.servesEmpireId);
    }

    @Description("The person the faction owes allegiance to, as the article's sidebar has it "
            + "(the Maquis: Spock), or null.")
    public CompletionStage<Person> allegiance(@Source Faction faction) {
        return Repository.of(Person.class).load(faction.allegianceId);
    }

    @Name("headquartersOf")
    @NonNull
    @Description("The factions whose headquarters or main base this place is.")
    public CompletionStage<@NonNull FactionConnection> headquartersOf(@Source Place place,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.HEADQUARTERS_OF.page(place, first, after, last, before, FactionConnection::new);
    }
}
