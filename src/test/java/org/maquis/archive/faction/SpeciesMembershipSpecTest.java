package org.maquis.archive.faction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.maquis.archive.support.LoreFacts.m;
import static org.maquis.archive.support.Specs.ask;
import static org.maquis.archive.support.Specs.ids;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.LoreIds;
import org.maquis.archive.support.Specs;

/**
 * The SpeciesMembership link (a species in a faction's ranks, why and since when), as swapi-graphql specifies a type:
 * through `node`, through `Faction.species` and `Species.factions` with a cursor round trip, its nulls, and
 * `addSpeciesMembership` read back; the values are V2__mirror_maquis_lore.sql's.
 */
@QuarkusTest
class SpeciesMembershipSpecTest {

    static final String FIELDS = "id version faction { slug } species { slug } reason since { earliest latest wording }";
    static final String NODE = "query SpeciesMembership($id: ID!) { node(id: $id) { ... on SpeciesMembership { " + FIELDS + " } } }";
    static final String RANKS = Specs.connectionOf("faction", "species", "id");
    static final String FACTIONS_OF = Specs.connectionOf("species", "factions", "id");

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    static Map<String, Object> membership(String id) {
        return ask(NODE, Map.of("id", id)).getMap("data.node");
    }

    @Test
    void theKlingonsInTheMaquisThroughNodeWithEveryField() {
        String id = LoreIds.encode("SpeciesMembership:4");
        Map<String, Object> expected = m("id", id, "version", 1, "faction", m("slug", "maquis"), "species", m("slug", "klingon"),
                "reason", "disgusted with the recently formed alliance between the Terrans and the Klingon Empire",
                "since", m("earliest", null, "latest", "2296-12-31", "wording", "by the mid-2290s"));
        assertEquals(expected, membership(id));
        Specs.sameThroughNode("SpeciesMembership", FIELDS, id, expected);
        assertEquals(List.of(expected), ask("query { species(slug: \"klingon\") { factions(first: 5) { nodes { " + FIELDS + " } } } }",
                Map.of()).getList("data.species.factions.nodes"), "the Klingons' one faction is the same membership");
    }

    @Test
    void theMaquisRanksWalkForwardAndBackwardByCursors() {
        // In the article's order: Terrans, Romulans, Remans, Klingons, Cardassians, ... Andorians.
        Specs.walks(RANKS, Map.of("slug", "maquis"), "data.faction.species", ids("SpeciesMembership", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
    }

    @Test
    void whatTheArticleDoesNotSayOfTheRemansIsNull() {
        assertEquals(m("species", m("slug", "reman"), "reason", "felt betrayed in some way by the Empire", "since", null),
                Specs.pick(membership(LoreIds.encode("SpeciesMembership:3")), "species", "reason", "since"));
    }

    @Test
    void anAddedSpeciesMembershipReadsBackFieldByFieldWithItsHistory() {
        String intelligence = LoreIds.encode("Faction:607");
        String romulan = LoreIds.encode("Species:101");
        Map<String, Object> created = Specs.create("addSpeciesMembership", "AddSpeciesMembershipInput", "speciesMembership", FIELDS,
                m("faction", intelligence, "species", romulan, "reason", "former Tal Shiar",
                        "since", m("wording", "with the collapse of the Romulan Star Empire")));
        String id = (String) created.get("id");
        assertEquals(m("id", id, "version", 1, "faction", m("slug", "intelligence"), "species", m("slug", "romulan"),
                "reason", "former Tal Shiar",
                "since", m("earliest", null, "latest", null, "wording", "with the collapse of the Romulan Star Empire")), membership(id));
        assertEquals(created, membership(id), "the payload answers what a read answers");
        Specs.sameThroughNode("SpeciesMembership", FIELDS, id, membership(id));
        assertEquals(List.of(Specs.created("addSpeciesMembership", id, m("faction", intelligence, "reason", "former Tal Shiar",
                "since.wording", "with the collapse of the Romulan Star Empire", "species", romulan))), Specs.history(id));
        Specs.walks(FACTIONS_OF, Map.of("slug", "romulan"), "data.species.factions", List.of(LoreIds.encode("SpeciesMembership:2"), id));
        String bare = Specs.create("addSpeciesMembership", "AddSpeciesMembershipInput", "speciesMembership",
                m("faction", intelligence, "species", LoreIds.encode("Species:104")));
        assertEquals(m("reason", null, "since", null), Specs.pick(membership(bare), "reason", "since"));
    }
}
