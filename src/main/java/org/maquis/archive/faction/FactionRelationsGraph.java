package org.maquis.archive.faction;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.graph.Batch;
import org.maquis.archive.graph.PageLimits;
import org.maquis.archive.person.Person;
import org.maquis.archive.person.PersonConnection;

/** How factions came to be: their founders, the factions they grew from or split into, and their parts. */
@GraphQLApi
public class FactionRelationsGraph {

    private final PageLimits limits;

    public FactionRelationsGraph(PageLimits limits) {
        this.limits = limits;
    }

    @NonNull
    @Description("The people who founded this faction.")
    public Uni<List<@NonNull PersonConnection>> founders(@Source List<Faction> factions,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.linked(factions, FactionFounder.class, "factionId", l -> l.factionId, l -> l.personId,
                        Person.class, FactionOrder.NAME),
                first, after, last, before, limits, PersonConnection::new);
    }

    @Name("founded")
    @NonNull
    @Description("The factions this person founded or co-founded.")
    public Uni<List<@NonNull FactionConnection>> founded(@Source List<Person> people,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.linked(people, FactionFounder.class, "personId", l -> l.personId, l -> l.factionId, Faction.class,
                        FactionOrder.NAME),
                first, after, last, before, limits, FactionConnection::new);
    }

    @NonNull
    @Description("The smaller factions that are part of this one (the Maquis' Ruling Council).")
    public Uni<List<@NonNull FactionConnection>> parts(@Source List<Faction> factions,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.referencing(factions, Faction.class, "partOfFactionId", f -> f.partOfFactionId,
                        FactionOrder.NAME),
                first, after, last, before, limits, FactionConnection::new);
    }

    @NonNull
    @Description("The older factions whose members formed this one "
            + "(Intelligence was formed from members of the Tal Shiar and the Obsidian Order).")
    public Uni<List<@NonNull FactionConnection>> formedFrom(@Source List<Faction> factions,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.linked(factions, FactionOrigin.class, "factionId", o -> o.factionId, o -> o.formedFromId,
                        Faction.class, FactionOrder.NAME),
                first, after, last, before, limits, FactionConnection::new);
    }

    @NonNull
    @Description("The newer factions that members of this one formed; the reverse of `formedFrom`.")
    public Uni<List<@NonNull FactionConnection>> formed(@Source List<Faction> factions,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return Batch.pages(Batch.linked(factions, FactionOrigin.class, "formedFromId", o -> o.formedFromId, o -> o.factionId,
                        Faction.class, FactionOrder.NAME),
                first, after, last, before, limits, FactionConnection::new);
    }
}
