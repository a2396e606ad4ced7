package org.maquis.archive.data;

import org.maquis.archive.errors.BadUserInput;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.relay.GlobalId;
import org.maquis.archive.errors.UserError;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The steps every mutation shares, inside its transaction ({@link Writes}): reading the row an id names at the
 * version the caller read, checking a reference, and deleting a row that others may point
 * to. Each refuses with user errors ({@link Refused}) that name the input field at fault.
 */
public final class Edits {

    /** A foreign key that points at a table: the table and column it is on, and whether it may be null. */
    private record Reference(String table, String column, boolean required, boolean entry) {

        String label() {
            String type = NodeType.forTable(table).map(NodeType::graphQlName).orElse(table);
            return type + "." + column.replaceAll("_id$", "");
        }
    }

    private static final Map<String, List<Reference>> REFERENCES = new ConcurrentHashMap<>();

    private Edits() {
    }

    /** The row {@code id} names, which must be of {@code entity}'s type and at {@code version}. */
    public static <T extends Versioned> Uni<T> read(Mutiny.QueryProducer session, Class<T> entity, String field,
            String id, Integer version) {
        return read(session, entity, field, id, version, Lock.NONE);
    }

    /**
     * The row a Panache finder found for {@code id}, checked as {@link #read} checks it: it must exist and be at the
     * {@code version} the caller read.
     */
    public static <T extends Versioned> T atVersion(Class<T> entity, String field, String id, T found, Integer version) {
        if (found == null) {
            throw new Refused(UserError.notFound(field, "`" + id + "` names no " + NodeType.of(entity).graphQlName() + "."));
        }
        if (version == null || !version.equals(found.version)) {
            throw new Refused(UserError.conflict("version", "This " + NodeType.of(entity).graphQlName() + " is at version "
                    + found.version + ", not " + version + ": read it again, then retry with its version."));
        }
        return found;
    }

    /**
     * The same, read with {@code lock}: a writer that waited for it reads the row as the one before left it, and
     * is told of a version that moved on here rather than by the update's own check.
     */
    public static <T extends Versioned> Uni<T> read(Mutiny.QueryProducer session, Class<T> entity, String field,
            String id, Integer version, Lock lock) {
        return referenced(session, entity, field, id, lock).invoke(row -> {
            if (version == null || !version.equals(row.version)) {
                throw new Refused(UserError.conflict("version", "This " + NodeType.of(entity).graphQlName() + " is at version "
                        + row.version + ", not " + version + ": read it again, then retry with its version."));
            }
        });
    }

    /**
     * The row {@code id} names, which must exist and be of {@code entity}'s type; null for a null id. It is read
     * with {@link Lock#KEY_SHARE}: what the write references stays until it commits (a deleteRecord waits for it,
     * or it waits for the deletion and finds nothing).
     */
    public static <T extends Row> Uni<T> referenced(Mutiny.QueryProducer session, Class<T> entity, String field, String id) {
        return referenced(session, entity, field, id, Lock.KEY_SHARE);
    }

    /** The same, read with {@code lock}: {@link Lock#NO_KEY_UPDATE} for the row a rule is about. */
    public static <T extends Row> Uni<T> referenced(Mutiny.QueryProducer session, Class<T> entity, String field, String id,
            Lock lock) {
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        long rowId = rowId(entity, field, id);
        return row(session, entity, rowId, lock).invoke(row -> {
            if (row == null) {
                throw new Refused(UserError.notFound(field, "`" + id + "` names no " + NodeType.of(entity).graphQlName() + "."));
            }
        });
    }

    /**
     * The row of {@code entity} with key {@code rowId}, or null, read with {@code lock} in the same statement (a
     * lock mode Hibernate's own lookup cannot write: it knows only share and no-key-update locks). In a service's
     * Panache session, the row read is managed there: what the service changes in it is written at commit.
     */
    public static <T extends Row> Uni<T> row(Mutiny.QueryProducer session, Class<T> entity, long rowId, Lock lock) {
        if (lock == Lock.NONE) {
            return session instanceof Mutiny.StatelessSession stateless ? stateless.get(entity, rowId)
                    : ((Mutiny.Session) session).find(entity, rowId);
        }
        NodeType type = NodeType.of(entity);
        // The columns of the type's page mapping, which every read of the type maps its rows with (Repository).
        String sql = "select t.*, cast(null as bigint) as page_parent, cast(null as text) as page_cursor from "
                + type.table() + " t where t.id = :id" + lock.clause();
        return session.createNativeQuery(sql, session.getResultSetMapping(Object[].class, type.pageMapping()))
                .setParameter("id", rowId).getResultList()
                .map(rows -> rows.isEmpty() ? null : entity.cast(rows.get(0)[0]));
    }

    /**
     * Points a row at what {@code id} names (checked as by {@link #referenced}) through {@code column}, a setter
     * of the row's key column; nothing when no id is given.
     */
    public static <T extends Row> Uni<Void> point(Mutiny.QueryProducer session, Class<T> entity, String field, String id,
            java.util.function.Consumer<T> column) {
        return referenced(session, entity, field, id).invoke(row -> {
            if (row != null) {
                column.accept(row);
            }
        }).replaceWithVoid();
    }

    /** The row key of a global id of {@code entity}'s type, or a user error on {@code field}. */
    public static long rowId(Class<? extends Row> entity, String field, String id) {
        GlobalId global;
        try {
            global = GlobalId.decode(id);
        } catch (BadUserInput e) {
            throw new Refused(UserError.badInput(field, e.getMessage()));
        }
        String type = NodeType.of(entity).graphQlName();
        if (!global.type().equals(type)) {
            throw new Refused(UserError.badInput(field, "`" + id + "` is the id of a " + global.type() + ", not of a " + type + "."));
        }
        return global.rowId();
    }

    /**
     * Deletes {@code row} (at the version it was read). While other rows point to it, refuses with a CONFLICT
     * that names them, unless {@code detach}: then links are removed first (a link row, such as a membership or
     * a participation, is deleted; an entry's optional reference, such as a person's homeworld, is emptied). An
     * entry that must belong to this row (a cell to its faction) is never deleted on the way: it must be moved
     * or deleted first.
     */
    public static Uni<Void> delete(Mutiny.QueryProducer session, Versioned row, boolean detach) {
        NodeType type = NodeType.of(row.getClass());
        return references(session, type.table()).chain(references -> {
            if (references.isEmpty()) {
                return remove(session, row);
            }
            String counts = references.stream().map(r -> "select count(*) from " + r.table() + " where " + r.column() + " = :id")
                    .collect(Collectors.joining(" union all "));
            return session.<Long>createNativeQuery("select * from (" + counts + ") c", Long.class).setParameter("id", row.rowId)
                    .getResultList().chain(found -> {
                        List<String> pointing = new ArrayList<>();
                        List<String> blocking = new ArrayList<>();
                        List<Reference> toDetach = new ArrayList<>();
                        for (int i = 0; i < references.size(); i++) {
                            long n = found.get(i);
                            if (n > 0) {
                                Reference r = references.get(i);
                                pointing.add(n + " " + r.label());
                                toDetach.add(r);
                                if (r.required() && r.entry()) {
                                    blocking.add(n + " " + r.label());
                                }
                            }
                        }
                        String what = type.graphQlName() + " " + row.getId();
                        if (!blocking.isEmpty()) {
                            throw new Refused(UserError.conflict("id", what + " cannot be deleted while these belong to it: "
                                    + String.join(", ", blocking) + ". Move or delete them first."));
                        }
                        if (!toDetach.isEmpty() && !detach) {
                            throw new Refused(UserError.conflict("id", what + " is pointed to by " + String.join(", ", pointing)
                                    + ". Delete with `detach: true` to remove those links too."));
                        }
                        Uni<Integer> detached = Uni.createFrom().item(0);
                        for (Reference r : toDetach) {
                            String sql = r.entry()
                                    ? "update " + r.table() + " set " + r.column() + " = null, version = version + 1 where " + r.column() + " = :id"
                                    : "delete from " + r.table() + " where " + r.column() + " = :id";
                            detached = detached.chain(ignored -> session.createNativeQuery(sql).setParameter("id", row.rowId).executeUpdate());
                        }
                        return detached.chain(ignored -> remove(session, row));
                    });
        });
    }

    /** The foreign keys that point at {@code table}, read from PostgreSQL's catalog once. */
    /** Deletes the row (at the version read): at once in a stateless session, at commit in a service's Panache session. */
    private static Uni<Void> remove(Mutiny.QueryProducer session, Versioned row) {
        return session instanceof Mutiny.StatelessSession stateless ? stateless.delete(row) : ((Mutiny.Session) session).remove(row);
    }

    private static Uni<List<Reference>> references(Mutiny.QueryProducer session, String table) {
        List<Reference> known = REFERENCES.get(table);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        String sql = """
                select c.conrelid::regclass::text, a.attname::text, a.attnotnull,
                       exists (select 1 from pg_attribute s where s.attrelid = c.conrelid and s.attname = 'slug')
                  from pg_constraint c
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                 where c.contype = 'f' and c.confrelid = cast(:table as regclass)
                 order by 1, 2""";
        return session.<Object[]>createNativeQuery(sql).setParameter("table", table).getResultList().map(rows -> {
            List<Reference> references = rows.stream()
                    .map(r -> new Reference((String) r[0], (String) r[1], (Boolean) r[2], (Boolean) r[3])).toList();
            REFERENCES.put(table, references);
            return references;
        });
    }
}
