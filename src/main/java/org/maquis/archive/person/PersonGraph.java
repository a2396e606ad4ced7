package org.maquis.archive.person;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.cell.Cell;
import org.maquis.archive.cell.CellLeadership;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.Listing;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.graph.PageRequest;
import org.maquis.archive.graph.Reads;
import org.maquis.archive.lore.NameOrder;

@GraphQLApi
public class PersonGraph {

    private final PageLimits limits;

    public PersonGraph(PageLimits limits) {
        this.limits = limits;
    }

    @Query
    @Description("The person with this slug, or null.")
    public Uni<Person> person(@NonNull @Description("Its slug: lower-case words joined by `-`, such as `marlena-moreau`.") String slug) {
        return Listing.bySlug(Person.class, slug);
    }

    @Query
    @Description("Everyone the archive knows, a page at a time.")
    public Uni<@NonNull PersonConnection> people(@Description("Which people to list.") PersonFilter filter,
            @Description("The order of the list.") @DefaultValue("NAME_ASC") NameOrder orderBy,
            @Description("Take this many from the start (or from `after`); at most the maximum page size.") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        PageRequest page = PageRequest.of(first, after, last, before, limits);
        return Listing.page(Person.class, (filter == null ? new PersonFilter() : filter).where(), orderBy.hql(), page,
                PersonConnection::new);
    }

    @NonNull
    @Description("The people this person was married to.")
    public Uni<List<@NonNull PersonConnection>> spouses(@Source List<Person> people,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(spousesOf(people),
                first, after, last, before, limits, PersonConnection::new);
    }

    /** Marriages are stored once; one statement reads both sides and each spouse lands under the other. */
    private static Uni<List<List<Person>>> spousesOf(List<Person> people) {
        Set<Long> ids = Batch.distinct(people, p -> p.rowId);
        String hql = "select m.personId, m.spouseId, p from Marriage m, Person p where (m.personId in :ids and p.rowId = m.spouseId)"
                + " or (m.spouseId in :ids and p.rowId = m.personId) order by p.name, p.rowId";
        return Reads.inOwnSession(() -> Panache.getSession().chain(session -> session
                .createSelectionQuery(hql, Object[].class).setParameter("ids", ids).getResultList()))
                .map(rows -> {
                    Map<Long, List<Person>> byPerson = new HashMap<>();
                    for (Object[] row : rows) {
                        Person spouse = (Person) row[2];
                        Long other = spouse.rowId.equals(row[1]) ? (Long) row[0] : (Long) row[1];
                        byPerson.computeIfAbsent(other, k -> new ArrayList<>()).add(spouse);
                    }
                    return people.stream().map(p -> byPerson.getOrDefault(p.rowId, List.<Person>of())).toList();
                });
    }

    @NonNull
    @Description("The cells this person leads or led.")
    public Uni<List<@NonNull List<@NonNull Cell>>> leads(@Source List<Person> people) {
        return Batch.linked(people, CellLeadership.class, "personId", l -> l.personId, l -> l.cellId, Cell.class,
                "name, rowId");
    }
}
