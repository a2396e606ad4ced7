package org.maquis.archive.data;

import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maquis.archive.support.Editing.input;
import static org.maquis.archive.support.Editing.tomalak;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.galaxy.Galaxy;
import org.maquis.archive.person.Person;
import org.maquis.archive.support.Archivist;

/**
 * Rows read by {@link EntityRows} are the rows Hibernate reads: every row of every node type's table, in the
 * article's data and in a generated galaxy beside it, field by field (each part of an embedded date too), and every
 * field of every type is seen holding a value somewhere, so that no field is compared only as null.
 */
@QuarkusTest
class EntityRowsTest {

    @Inject
    AgroalDataSource database;

    @Inject
    Vertx vertx;

    @AfterEach
    void removeTheGalaxyAndTheEdits() throws SQLException {
        Archivist.forgetEdits(database);
        try (Connection c = database.getConnection()) {
            Galaxy.remove(c);
        }
    }

    @Test
    void everyRowOfEveryTypeReadsAsHibernateReadsIt() throws Exception {
        try (Connection c = database.getConnection()) {
            Galaxy.load(c, 200, 7);
            // Dates the generator leaves empty, on its own rows.
            try (var s = c.createStatement()) {
                s.execute("update empire set collapsed_earliest = date '2380-01-01', collapsed_latest = date '2380-12-31'"
                        + " where id = (select min(id) from empire where id >= " + Galaxy.BASE + ")");
                s.execute("update faction_opposition set to_earliest = date '2379-01-01', to_latest = date '2379-06-30'"
                        + " where id = (select min(id) from faction_opposition where id >= " + Galaxy.BASE + ")");
            }
        }
        // History of each kind: a person created, changed and deleted.
        String id = Archivist.run("editing/create-person", tomalak()).statusCode(200)
                .extract().path("data.createPerson.person.id");
        Archivist.run("editing/update-person", input("id", id, "version", 1, "name", "Tomalak")).statusCode(200)
                .body("data.updatePerson.userErrors", empty());
        Archivist.run("editing/delete-record", input("id", id, "version", 2)).statusCode(200)
                .body("data.deleteRecord.userErrors", empty());
        Set<String> neverHeldAValue = new TreeSet<>();
        for (NodeType type : NodeType.all()) {
            List<? extends Row> theirs = onContext(() -> Reads.inOwnSession(session -> session
                    .createSelectionQuery("from " + type.entity().getName() + " order by rowId", type.entity()).getResultList()));
            List<? extends Row> ours = onContext(() -> Reads.statement("select t.* from " + type.table() + " t order by t.id", Map.of())
                    .map(rows -> {
                        EntityRows.Reader<? extends Row> reader = EntityRows.of(type.entity()).reader(rows.columnsNames(), "");
                        List<Row> read = new ArrayList<>();
                        rows.forEach(row -> read.add(reader.read(row)));
                        return read;
                    }));
            assertTrue(theirs.size() > 0, type + " has rows to compare");
            assertEquals(theirs.size(), ours.size(), type + ": rows read");
            for (int i = 0; i < theirs.size(); i++) {
                assertEquals(values(theirs.get(i)), values(ours.get(i)), type + " row " + theirs.get(i).rowId);
            }
            Set<String> held = ours.stream().flatMap(row -> values(row).entrySet().stream())
                    .filter(e -> e.getValue() != null).map(Map.Entry::getKey).collect(Collectors.toSet());
            values(ours.get(0)).keySet().stream().filter(field -> !held.contains(field))
                    .forEach(field -> neverHeldAValue.add(type + "." + field));
        }
        assertEquals(Set.of(), neverHeldAValue, "fields compared only as null");
    }

    @Test
    void aResultWithoutAKeyOfTheEntityIsRefusedByName() {
        EntityRows<Person> people = EntityRows.of(Person.class);
        List<String> columns = new ArrayList<>(people.columns());
        columns.remove("id");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> people.reader(columns, ""));
        assertTrue(refused.getMessage().contains("column id"), refused.getMessage());
        List<String> halfADate = new ArrayList<>(people.columns());
        halfADate.remove("died_wording");
        assertThrows(IllegalStateException.class, () -> people.reader(halfADate, ""));
    }

    @Test
    void aPageReadsTheKeyAndOfTheOtherColumnsOnlyThoseOfWhatIsSelected() {
        EntityRows<Person> people = EntityRows.of(Person.class);
        // A to-one reads its reference column (homeworld: homeworld_id; diedAt: death_place_id), a connection the key.
        assertEquals(Set.of("id", "homeworld_id", "death_place_id"),
                Set.copyOf(people.columnsFor(Set.of("id", "homeworld", "diedAt", "memberships"))));
        assertEquals(Set.of("id", "name", "universe", "died_earliest", "died_latest", "died_wording"),
                Set.copyOf(people.columnsFor(Set.of("name", "universe"), Set.of("died", "__typename"))));
        assertEquals(List.of("id"), people.columnsFor(Set.of("__typename")));
        // A field that reads references under its own name says so (@Refers.alsoServes): a participant, whoever it is.
        assertEquals(Set.of("id", "person_id", "faction_id", "empire_id", "ship_id"),
                Set.copyOf(EntityRows.of(org.maquis.archive.event.EventParticipant.class).columnsFor(Set.of("participant"))));
        // A getter under another name may read any column: Change.fields reads `before` and `after`.
        EntityRows<org.maquis.archive.history.Change> changes = EntityRows.of(org.maquis.archive.history.Change.class);
        assertEquals(changes.columns(), changes.columnsFor(Set.of("kind", "fields")));
        assertTrue(!changes.columnsFor(Set.of("kind")).contains("before"));
    }

    @Test
    void namedValuesBecomePositionalOnesOutsideLiteralsAndCasts() {
        List<String> names = new ArrayList<>();
        String sql = Reads.positional("select ':no', x::text from t where a = :keys and b like :w0 escape '\\' and c = :keys", names);
        assertEquals("select ':no', x::text from t where a = $1 and b like $2 escape '\\' and c = $1", sql);
        assertEquals(List.of("keys", "w0"), names);
    }

    /** Each persistent field's value, an embedded one's parts as {@code field.part}; by name. */
    private static Map<String, Object> values(Object row) {
        Map<String, Object> values = new java.util.TreeMap<>();
        for (Class<?> type = row.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!EntityColumns.persistent(field) || !(type.isAnnotationPresent(jakarta.persistence.Entity.class)
                        || type.isAnnotationPresent(jakarta.persistence.MappedSuperclass.class))) {
                    continue;
                }
                Object value = get(field, row);
                if (EntityColumns.embedded(field)) {
                    for (Field part : field.getType().getDeclaredFields()) {
                        if (EntityColumns.persistent(part)) {
                            values.put(field.getName() + "." + part.getName(), value == null ? null : get(part, value));
                        }
                    }
                    values.put(field.getName() + " is null", value == null);
                } else {
                    values.put(field.getName(), value);
                }
            }
        }
        return values;
    }

    private static Object get(Field field, Object holder) {
        try {
            field.setAccessible(true);
            return field.get(holder);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T onContext(Supplier<Uni<T>> read) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(ignored -> {
            try {
                read.get().subscribe().with(done::complete, done::completeExceptionally);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }
}
