package org.maquis.archive.lore;

import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.data.Edits;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.data.Row;
import org.maquis.archive.errors.UserError;

/**
 * What the mutations that link two records share: both ends in one universe, a term that does not end before
 * it begins, and one link of a kind between the same two (the tables' unique constraints say so too; checking
 * first gives a message that names the link instead of the constraint).
 */
public final class Links {

    private Links() {
    }

    /** Refuses, on {@code field}, to link {@code other} to {@code end} when they are of different universes. */
    public static void sameUniverse(String field, Entry end, Entry other) {
        if (end.universe != other.universe) {
            throw new Refused(UserError.badInput(field, other.name + " is of the " + other.universe + " universe and "
                    + end.name + " of the " + end.universe + " universe: a link joins things of one universe."));
        }
    }

    /** Refuses, on {@code to}, a term whose end is before its beginning (its latest day before the other's earliest). */
    public static void inOrder(ApproximateDate from, ApproximateDate to) {
        if (from != null && to != null && from.earliest != null && to.latest != null && to.latest.isBefore(from.earliest)) {
            throw new Refused(UserError.badInput("to", "It ends (" + to.wording + ", by " + to.latest
                    + ") before it begins (" + from.wording + ", from " + from.earliest + ")."));
        }
    }

    /**
     * Whether a link between two records of {@code entity}, stored once under the smaller row key (a marriage, an
     * alliance), is stored under the one {@code first} names; true when either id is malformed (the read of it refuses).
     */
    public static boolean storedUnderFirst(Class<? extends Row> entity, String first, String second) {
        try {
            return Edits.rowId(entity, "", first) <= Edits.rowId(entity, "", second);
        } catch (Refused malformed) {
            return true;
        }
    }

    /**
     * Refuses with CONFLICT, on {@code field}, when {@code table} already links {@code id} and {@code otherId}
     * through these two columns. Tables and columns are this code's constants, never a client's words.
     */
    public static Uni<Void> unlessLinked(Mutiny.QueryProducer session, String table, String column, long id,
            String otherColumn, long otherId, String field, String message) {
        return session.<Long>createNativeQuery("select count(*) from " + table + " where " + column + " = :id and "
                        + otherColumn + " = :other", Long.class)
                .setParameter("id", id).setParameter("other", otherId).getSingleResult()
                .invoke(found -> {
                    if (found > 0) {
                        throw new Refused(UserError.conflict(field, message));
                    }
                }).replaceWithVoid();
    }

    /**
     * Removes the link {@code table} holds between {@code id} and {@code otherId} through these two columns (its
     * history trigger records the removal), or refuses with NOT_FOUND, on {@code field}, when there is none.
     * Tables and columns are this code's constants, never a client's words.
     */
    public static Uni<Void> unlink(Mutiny.QueryProducer session, String table, String column, long id,
            String otherColumn, long otherId, String field, String message) {
        return session.createNativeQuery("delete from " + table + " where " + column + " = :id and " + otherColumn + " = :other")
                .setParameter("id", id).setParameter("other", otherId).executeUpdate()
                .invoke(removed -> {
                    if (removed == 0) {
                        throw new Refused(UserError.notFound(field, message));
                    }
                }).replaceWithVoid();
    }
}
