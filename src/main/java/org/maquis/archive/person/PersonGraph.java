package org.maquis.archive.person;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletionStage;
import org.maquis.archive.data.Repository;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.cell.Cell;
import org.maquis.archive.data.PageRequest;
import org.maquis.archive.lore.NameOrder;

@GraphQLApi
public class PersonGraph {

    @Query
    @Description("The person with this slug, or null.")
    public Uni<Person> person(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Repository.of(Person.class).bySlug(slug);
    }

    @Query
    @Description("Everyone the archive knows, a page at a time.")
    public Uni<@NonNull PersonConnection> people(@Description("Which people to list.") PersonFilter filter,
            @Description("The order of the list.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`); at most the maximum page size.") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Repository.of(Person.class).page((filter == null ? new PersonFilter() : filter).where(),
                PageRequest.of(orderBy.order(), first, after, last, before)).map(PersonConnection::new);
    }

    @NonNull
    @Description("The people this person was married to.")
    public CompletionStage<@NonNull PersonConnection> spouses(@Source Person person,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return PersonRepository.SPOUSES.page(person, first, after, last, before, PersonConnection::new);
    }

    @NonNull
    @Description("The cells this person leads or led.")
    public CompletionStage<@NonNull List<@NonNull Cell>> leads(@Source Person person) {
        return PersonRepository.LEADS.all(person);
    }
}
