package org.maquis.archive.species;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.relay.Paging;
import org.maquis.archive.data.PageRequest;
import org.maquis.archive.data.Repository;
import org.maquis.archive.faction.FactionRepository;
import org.maquis.archive.faction.SpeciesMembershipConnection;
import org.maquis.archive.history.ChangeConnection;
import org.maquis.archive.history.HistoryGraph;
import org.maquis.archive.lore.NameFilter;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.person.PersonConnection;

/** Species: the root queries, and every field of Species. */
@GraphQLApi
public class SpeciesGraph {

    @Query
    @Description("The species with this slug, or null.")
    public Uni<Species> species(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Repository.of(Species.class).bySlug(slug);
    }

    @Query
    @Description("Every species the archive knows, a page at a time. (`species` is the lookup by slug.)")
    public Uni<@NonNull SpeciesConnection> allSpecies(@Description("Which species to list.") NameFilter filter,
            @Description("The order of the list.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`); at most the maximum page size.") Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return Repository.of(Species.class).page((filter == null ? new NameFilter() : filter).where(),
                PageRequest.of(orderBy.order(), first, after, last, before)).map(SpeciesConnection::new);
    }

    @NonNull
    @Description("The people of this species, where the article states a person's species.")
    public CompletionStage<@NonNull PersonConnection> people(@Source Species species,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return SpeciesRepository.PEOPLE.page(species, first, after, last, before, PersonConnection::new);
    }

    @Name("factions")
    @NonNull
    @Description("The factions whose ranks include this species, each with why its members joined and since when.")
    public CompletionStage<@NonNull SpeciesMembershipConnection> speciesFactions(@Source Species species,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return FactionRepository.SPECIES_FACTIONS.page(species, first, after, last, before, SpeciesMembershipConnection::new);
    }

    @NonNull
    @Description("Every change of this record, newest first.")
    public CompletionStage<@NonNull ChangeConnection> history(@Source Species species,
            @Description(Paging.FIRST) Integer first,
            @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last,
            @Description(Paging.BEFORE) String before) {
        return HistoryGraph.ofRecord(species, first, after, last, before);
    }
}
