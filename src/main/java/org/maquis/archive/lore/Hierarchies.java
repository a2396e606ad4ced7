package org.maquis.archive.lore;

import io.smallrye.mutiny.Uni;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.errors.UserError;

/**
 * The lore's hierarchies, which never loop: a place within a place, an event following another, a faction part of
 * another, a faction formed from others. A change that could close a loop takes the hierarchy's lock (V12's
 * {@code lore_hierarchy_lock}, the one the database's loop triggers take) and only then looks, in a statement of its
 * own: of two changes that would each close half of a loop, the later sees the earlier committed and is refused.
 */
public final class Hierarchies {

    private Hierarchies() {
    }

    /** Refuses, on {@code field}, to point a row at itself. */
    public static void notItself(String field, Long self, Long target, String message) {
        if (target != null && Objects.equals(self, target)) {
            throw new Refused(UserError.badInput(field, message));
        }
    }

    /**
     * Refuses, on {@code field}, to point row {@code self} of {@code table} at {@code target} through {@code column}
     * when following {@code column} up from {@code target} comes back to {@code self}; {@code message} is given the
     * target's name. Nothing when {@code target} is null or unchanged from {@code before}. Tables and columns are
     * this code's constants, never a client's words.
     */
    public static Uni<Void> unlessLoop(Mutiny.QueryProducer session, String table, String column, long self, Long before,
            Long target, String field, UnaryOperator<String> message) {
        if (target == null || target.equals(before)) {
            return Uni.createFrom().voidItem();
        }
        String up = "with recursive up(id) as (select cast(:target as bigint) union select t." + column + " from " + table
                + " t join up on t.id = up.id where t." + column + " is not null) "
                + "select (select name from " + table + " where id = :target) where exists (select 1 from up where id = :self)";
        return refuseIfFound(session, table + "." + column, up, self, target, field, message);
    }

    /**
     * Refuses, on {@code field}, to record faction {@code newer} as formed from {@code older} when {@code older} was
     * formed, directly or through others, from {@code newer}.
     */
    public static Uni<Void> unlessOriginLoop(Mutiny.QueryProducer session, long newer, long older, String field,
            UnaryOperator<String> message) {
        String up = "with recursive up(id) as (select cast(:target as bigint) union select o.formed_from_id from faction_origin o "
                + "join up on o.faction_id = up.id) "
                + "select (select name from faction where id = :target) where exists (select 1 from up where id = :self)";
        return refuseIfFound(session, "faction_origin", up, newer, older, field, message);
    }

    /** Takes the lock of {@code hierarchy} (`place.located_in_id`) until the transaction ends. */
    public static Uni<Void> lock(Mutiny.QueryProducer session, String hierarchy) {
        return session.createNativeQuery("select count(*) from lore_hierarchy_lock(:hierarchy)", Long.class)
                .setParameter("hierarchy", hierarchy).getSingleResult().replaceWithVoid();
    }

    private static Uni<Void> refuseIfFound(Mutiny.QueryProducer session, String hierarchy, String sql, long self, long target,
            String field, UnaryOperator<String> message) {
        return lock(session, hierarchy).chain(() -> session.createNativeQuery(sql, String.class)
                .setParameter("target", target).setParameter("self", self).getResultList()
                .invoke(names -> {
                    if (!names.isEmpty()) {
                        throw new Refused(UserError.badInput(field, message.apply(names.get(0))));
                    }
                })).replaceWithVoid();
    }
}
