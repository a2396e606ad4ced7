package org.maquis.archive.person;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.cell.Cell;
import org.maquis.archive.cell.CellLeadership;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.Listing;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.graph.PageRequest;
import org.maquis.archive.lore.NameOrder;
import org.maquis.archive.species.Species;

@GraphQLApi
public class PersonGraph {

    private final PageLimits limits;

    public PersonGraph(PageLimits limits) {
        this.limits = limits;
    }

    @Query
    @Description("The person with this slug, or null.")
    public Uni<Person> person(@NonNull String slug) {
        return Listing.bySlug(Person.class, slug);
    }

    @Query
    @Description("Everyone the archive knows, a page at a time.")
    public Uni<@NonNull PersonConnection> people(PersonFilter filter,
            @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        PageRequest page = PageRequest.of(first, after, last, before, limits);
        return Listing.page(Person.class, (filter == null ? new PersonFilter() : filter).where(), orderBy.hql(), page,
                PersonConnection::new);
    }

    @Description("The person's species, where the article states it.")
    public Uni<List<Species>> species(@Source List<Person> people) {
        return Batch.referenced(people, p -> p.speciesId, Species.class);
    }

    @Name("leads")
    @NonNull
    @Description("The cells this person leads or led.")
    public Uni<List<@NonNull List<@NonNull Cell>>> leads(@Source List<Person> people) {
        return Batch.linked(people, CellLeadership.class, "personId", l -> l.personId, l -> l.cellId, Cell.class,
                "name, rowId");
    }
}
