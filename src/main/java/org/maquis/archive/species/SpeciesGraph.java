package org.maquis.archive.species;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.Listing;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.graph.PageRequest;
import org.maquis.archive.lore.NameFilter;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.person.Person;
import org.maquis.archive.person.PersonConnection;

@GraphQLApi
public class SpeciesGraph {

    private final PageLimits limits;

    public SpeciesGraph(PageLimits limits) {
        this.limits = limits;
    }

    @Query
    @Description("The species with this slug, or null.")
    public Uni<Species> species(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Listing.bySlug(Species.class, slug);
    }

    @Query
    @Description("Every species the archive knows, a page at a time. (`species` is the lookup by slug.)")
    public Uni<@NonNull SpeciesConnection> allSpecies(@Description("Which species to list.") NameFilter filter,
            @Description("The order of the list.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`); at most the maximum page size.") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Listing.page(Species.class, (filter == null ? new NameFilter() : filter).where(), orderBy.hql(),
                PageRequest.of(first, after, last, before, limits), SpeciesConnection::new);
    }

    @NonNull
    @Description("The people of this species, where the article states a person's species.")
    public Uni<List<@NonNull PersonConnection>> people(@Source List<Species> species,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(species, Person.class, "speciesId", p -> p.speciesId, "name, rowId"),
                first, after, last, before, limits, PersonConnection::new);
    }

    @Description("The person's species, where the article states it.")
    public Uni<List<Species>> species(@Source List<Person> people) {
        return Batch.referenced(people, p -> p.speciesId, Species.class);
    }
}
