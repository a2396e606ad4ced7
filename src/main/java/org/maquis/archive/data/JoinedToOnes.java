package org.maquis.archive.data;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.dataloader.DataLoaderRegistry;
import org.maquis.archive.engine.Selection;

/**
 * The to-one fields a query selects of a page's rows, and below them, read in the page's own statement: each is a
 * reference column of the entity ({@link Refers}: a membership's {@code person}, a person's {@code homeworld}, that
 * place's {@code locatedIn}), joined as {@code j1}, {@code j2}, ... by its key, its selected columns read as
 * {@code j1_<column>}; each joined row is then handed to the request's loader of its type ({@link Repository#prime})
 * under the columns each of its fields selects, so that the field's resolver ({@link Repository#load}) answers it
 * without a statement and at once. A list of parents with a page of children each and any chain of to-ones below is
 * two statements.
 *
 * @param joins in the order of their paths, a join after the one it hangs from
 */
record JoinedToOnes(List<Join> joins) {

    static final JoinedToOnes NONE = new JoinedToOnes(List.of());

    /**
     * At most this many joins in one statement: a document that selects more to-ones below a page reads the rest
     * through their loaders (one statement per field and level for all rows, as without joins).
     */
    private static final int MOST = 12;

    /**
     * One joined to-one: its path of fields from the page's row ({@code person/homeworld}), the path it hangs from
     * ({@code ""} for the row itself), the reference column there, the entity it reaches, the columns read of it (those
     * every selection of it needs together) and the columns each of its selections asks its loader for.
     */
    record Join(String path, String from, String column, Class<? extends Row> target, List<String> columns,
            Set<List<String>> asked) {
    }

    /** The to-ones that {@code rows} (each a selection of a row of {@code entity}: a page's {@code nodes}, its {@code edges/node}) select. */
    static JoinedToOnes of(Class<? extends Row> entity, List<Selection> rows) {
        List<Join> joins = new ArrayList<>();
        collect(entity, rows, "", joins);
        return joins.isEmpty() ? NONE : new JoinedToOnes(sorted(joins));
    }

    /** The selections of a page's rows: under each {@code nodes} and each {@code edges { node } } of the connection. */
    static List<Selection> rowsOf(Selection connection) {
        List<Selection> rows = new ArrayList<>();
        connection.immediate().values().forEach(field -> {
            if (field.name().equals("nodes")) {
                rows.add(field);
            } else if (field.name().equals("edges")) {
                field.immediate().values().stream().filter(node -> node.name().equals("node")).forEach(rows::add);
            }
        });
        return rows;
    }

    private static void collect(Class<? extends Row> entity, List<Selection> rows, String from, List<Join> joins) {
        for (Reference reference : references(entity)) {
            List<Selection> selections = new ArrayList<>();
            rows.forEach(row -> row.immediate().values().stream()
                    .filter(field -> field.name().equals(reference.field())).forEach(selections::add));
            if (selections.isEmpty() || joins.size() >= MOST) {
                continue;
            }
            EntityRows<? extends Row> target = EntityRows.of(reference.target());
            Set<List<String>> asked = new LinkedHashSet<>();
            Set<String> every = new HashSet<>();
            for (Selection selection : selections) {
                Set<String> names = selection.names();
                asked.add(target.columnsFor(names));
                every.addAll(names);
            }
            String path = from.isEmpty() ? reference.field() : from + "/" + reference.field();
            joins.add(new Join(path, from, reference.column(), reference.target(), target.columnsFor(every), asked));
            collect(reference.target(), selections, path, joins);
        }
    }

    /** What each of these reads, together: a to-one joined when any joins it, of the columns any reads. */
    static JoinedToOnes union(List<JoinedToOnes> all) {
        if (all.size() == 1) {
            return all.get(0);
        }
        Map<String, Join> byPath = new LinkedHashMap<>();
        for (JoinedToOnes each : all) {
            for (Join join : each.joins()) {
                byPath.merge(join.path(), join, (a, b) -> {
                    Set<String> columns = new HashSet<>(a.columns());
                    columns.addAll(b.columns());
                    Set<List<String>> asked = new LinkedHashSet<>(a.asked());
                    asked.addAll(b.asked());
                    return new Join(a.path(), a.from(), a.column(), a.target(),
                            EntityRows.of(a.target()).columns().stream().filter(columns::contains).toList(), asked);
                });
            }
        }
        return byPath.isEmpty() ? NONE : new JoinedToOnes(sorted(new ArrayList<>(byPath.values())));
    }

    /** By path, so that one selection always makes one text of the statement, and a join follows the one it hangs from. */
    private static List<Join> sorted(List<Join> joins) {
        joins.sort(Comparator.comparing(Join::path));
        return List.copyOf(joins);
    }

    boolean none() {
        return joins.isEmpty();
    }

    /** The joined columns for a select list, each after a comma: {@code , j1.name as j1_name}. */
    String columns() {
        return columns("");
    }

    /** The same, each named after {@code prefix}: {@code , j1.name as c_j1_name}. */
    String columns(String prefix) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < joins.size(); i++) {
            String alias = alias(i);
            joins.get(i).columns().forEach(c -> sql.append(", ").append(alias).append('.').append(c)
                    .append(" as ").append(prefix).append(alias).append('_').append(c));
        }
        return sql.toString();
    }

    /**
     * The joins, after the rows {@code t}: {@code left join place j1 on j1.id = t.homeworld_id}, or with
     * {@code lookups}, {@code left join lateral (select j1.name, ... from place j1 where j1.id = t.homeworld_id
     * offset 0) j1 on true}: one lookup by key for each row, whatever the planner thinks of the rows before it. Within a
     * parent's page (a few rows, which the generic plan knows) the plain join is cheaper (pgbench on the members' page
     * of lists of lists: 4,500 against 3,960 statements/s); after a root page's rows, which come through functions
     * and filters it cannot count, the generic plan hashed the whole joined table (the timeline's places), OFFSET 0
     * keeps it from making the lookup a join.
     */
    String from(boolean lookups) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < joins.size(); i++) {
            Join join = joins.get(i);
            String alias = alias(i);
            String on = join.from().isEmpty() ? "t" : alias(indexOf(join.from()));
            String table = NodeType.of(join.target()).table();
            String key = alias + ".id = " + on + "." + join.column();
            if (lookups) {
                sql.append(" left join lateral (select ")
                        .append(join.columns().stream().map(c -> alias + "." + c).collect(Collectors.joining(", ")))
                        .append(" from ").append(table).append(' ').append(alias).append(" where ").append(key)
                        .append(" offset 0) ").append(alias).append(" on true");
            } else {
                sql.append(" left join ").append(table).append(' ').append(alias).append(" on ").append(key);
            }
        }
        return sql.toString();
    }

    private int indexOf(String path) {
        for (int i = 0; i < joins.size(); i++) {
            if (joins.get(i).path().equals(path)) {
                return i;
            }
        }
        throw new IllegalStateException("No join for " + path);
    }

    private static String alias(int index) {
        return "j" + (index + 1);
    }

    /** What hands the joined rows of a result whose columns are {@code names} to {@code registry}'s loaders, row by row. */
    Primer primer(List<String> names, DataLoaderRegistry registry) {
        return primer(names, "", registry);
    }

    /** The same, for joined columns named after {@code prefix} ({@link #columns(String)}). */
    Primer primer(List<String> names, String prefix, DataLoaderRegistry registry) {
        if (joins.isEmpty()) {
            return row -> { };
        }
        List<Primer> each = new ArrayList<>();
        for (int i = 0; i < joins.size(); i++) {
            each.add(primer(joins.get(i), prefix + alias(i) + "_", names, registry));
        }
        return row -> each.forEach(primer -> primer.prime(row));
    }

    private static <J extends Row> Primer primer(Join join, String prefix, List<String> names, DataLoaderRegistry registry) {
        @SuppressWarnings("unchecked")
        Class<J> target = (Class<J>) join.target();
        EntityRows.Reader<J> reader = EntityRows.of(target).reader(names, prefix);
        int id = names.indexOf(prefix + "id");
        Repository<J> repository = Repository.of(target);
        return row -> {
            if (row.getValue(id) != null) {
                J read = reader.read(row);
                join.asked().forEach(columns -> repository.prime(registry, read, columns));
            }
        };
    }

    /** Hands one row's joined rows on. */
    @FunctionalInterface
    interface Primer {
        void prime(io.vertx.sqlclient.Row row);
    }

    /** A reference column of an entity and the to-one field that serves it. */
    private record Reference(String field, String column, Class<? extends Row> target) {
    }

    private static final Map<Class<?>, List<Reference>> REFERENCES = new ConcurrentHashMap<>();

    /** The entity's reference columns ({@code @Refers}), in the order of its fields. */
    private static List<Reference> references(Class<? extends Row> entity) {
        return REFERENCES.computeIfAbsent(entity, e -> {
            List<Reference> references = new ArrayList<>();
            for (Class<?> type = e; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    Refers refers = field.getAnnotation(Refers.class);
                    if (refers != null) {
                        references.add(new Reference(EntityColumns.referenceField(field), EntityColumns.column(field),
                                refers.value()));
                    }
                }
            }
            return List.copyOf(references);
        });
    }

    @Override
    public String toString() {
        return joins.stream().map(Join::path).collect(Collectors.joining(",", "[", "]"));
    }
}
