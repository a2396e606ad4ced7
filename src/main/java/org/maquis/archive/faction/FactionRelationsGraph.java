package org.maquis.archive.faction;

import java.util.concurrent.CompletionStage;
import org.maquis.archive.data.Order;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.maquis.archive.person.Person;
import org.maquis.archive.person.PersonConnection;

/** How factions came to be: their founders, the factions they grew from or split into, and their parts. */
@GraphQLApi
public class FactionRelationsGraph {

    @NonNull
    @Description("The people who founded this faction.")
    public CompletionStage<@NonNull PersonConnection> founders(@Source Faction faction,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.FOUNDERS.page(faction, first, after, last, before, PersonConnection::new);
    }

    @Name("founded")
    @NonNull
    @Description("The factions this person founded or co-founded.")
    public CompletionStage<@NonNull FactionConnection> founded(@Source Person person,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.FOUNDED.page(person, first, after, last, before, FactionConnection::new);
    }

    @NonNull
    @Description("The smaller factions that are part of this one (the Maquis' Ruling Council).")
    public CompletionStage<@NonNull FactionConnection> parts(@Source Faction faction,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.PARTS.page(faction, first, after, last, before, FactionConnection::new);
    }

    @NonNull
    @Description("The older factions whose members formed this one "
            + "(Intelligence was formed from members of the Tal Shiar and the Obsidian Order).")
    public CompletionStage<@NonNull FactionConnection> formedFrom(@Source Faction faction,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.FORMED_FROM.page(faction, first, after, last, before, FactionConnection::new);
    }

    @NonNull
    @Description("The newer factions that members of this one formed; the reverse of `formedFrom`.")
    public CompletionStage<@NonNull FactionConnection> formed(@Source Faction faction,
            @Description("Take this many from the start (or from `after`).") Integer first,
            @Description("Start after this cursor.") String after,
            @Description("Take this many from the end (or from `before`).") Integer last,
            @Description("End before this cursor.") String before) {
        return FactionRepository.FORMED.page(faction, first, after, last, before, FactionConnection::new);
    }
}
