package org.maquis.archive.event;

import io.smallrye.mutiny.Uni;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.empire.Empire;
import org.maquis.archive.faction.Faction;
import org.maquis.archive.errors.BadUserInput;
import org.maquis.archive.data.Edits;
import org.maquis.archive.relay.GlobalId;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.errors.UserError;
import org.maquis.archive.lore.Checks;
import org.maquis.archive.lore.Entry;
import org.maquis.archive.lore.Links;
import org.maquis.archive.person.Person;
import org.maquis.archive.ship.Ship;

/**
 * Who takes part in an event, written once for every mutation that adds participants (recordEvent,
 * addParticipant, recordCrossing, captureShip): reading the person, faction, empire or ship an id names, and
 * adding it to the event in a role.
 */
public final class Participants {

    /** What may take part in an event: one of these, whose column on event_participant is set. */
    private static final Class<?>[] ANY = {Person.class, Faction.class, Empire.class, Ship.class};

    private Participants() {
    }

    /** The person, faction, empire or ship {@code id} names; a user error on {@code field} otherwise. */
    public static Uni<Entry> read(Mutiny.QueryProducer session, String field, String id) {
        return read(session, field, id, ANY);
    }

    /** The entry {@code id} names, which must be of one of {@code kinds}; a user error on {@code field} otherwise. */
    public static Uni<Entry> read(Mutiny.QueryProducer session, String field, String id, Class<?>... kinds) {
        String type;
        try {
            type = GlobalId.decode(id).type();
        } catch (BadUserInput e) {
            throw new Refused(UserError.badInput(field, e.getMessage()));
        }
        for (Class<?> kind : kinds) {
            if (kind.getSimpleName().equals(type)) {
                return Edits.referenced(session, kind.asSubclass(Entry.class), field, id).map(Entry.class::cast);
            }
        }
        String[] names = Arrays.stream(kinds).map(k -> k.getSimpleName().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        String allowed = names.length == 1 ? names[0]
                : String.join(", ", Arrays.copyOf(names, names.length - 1)) + " or " + names[names.length - 1];
        throw new Refused(UserError.badInput(field, "`" + field + "` names a " + allowed + ", not a " + type + "."));
    }

    /** The participation {@link #add} stores, checked the same way, for a writer that stores it itself. */
    public static EventParticipant participant(Event event, String field, Entry who, String role) {
        boolean crosses = event.kind == EventKind.CROSSING && (who.universe == event.fromUniverse || who.universe == event.toUniverse);
        if (!crosses) {
            Links.sameUniverse(field, event, who);
        }
        EventParticipant row = new EventParticipant();
        row.eventId = event.rowId;
        row.role = role.strip();
        switch (column(who)) {
            case "person_id" -> row.personId = who.rowId;
            case "faction_id" -> row.factionId = who.rowId;
            case "empire_id" -> row.empireId = who.rowId;
            default -> row.shipId = who.rowId;
        }
        return row;
    }

    /**
     * Refuses with CONFLICT, on {@code field}, when {@code who} already takes part in {@code event} (V12: once, in
     * one role). The caller holds the event's lock, so that additions to one event take turns.
     */
    public static Uni<Void> unlessTakingPart(Mutiny.QueryProducer session, Event event, String field, Entry who) {
        return Links.unlessLinked(session, "event_participant", "event_id", event.rowId, column(who), who.rowId, field,
                who.name + " already takes part in " + event.name + ": change the role of that participation instead.");
    }

    /**
     * Adds to {@code checks} a refusal, on {@code prefix.i} + {@code suffix}, of each id that names what an id before it
     * in {@code ids} names: one takes part in an event once. Malformed ids are left to the read of each.
     */
    public static void namedOnce(Checks checks, List<String> ids, String prefix, String suffix) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String named;
            try {
                GlobalId global = GlobalId.decode(id);
                named = global.type() + ":" + global.rowId();
            } catch (BadUserInput malformed) {
                named = id;
            }
            checks.that(seen.add(named), prefix + i + suffix, "`" + id + "` is named twice: one takes part in an event once.");
        }
    }

    /** The column of event_participant that holds {@code who}. */
    private static String column(Entry who) {
        if (who instanceof Person) {
            return "person_id";
        } else if (who instanceof Faction) {
            return "faction_id";
        } else if (who instanceof Empire) {
            return "empire_id";
        } else if (who instanceof Ship) {
            return "ship_id";
        }
        throw new IllegalArgumentException(who.getClass().getSimpleName() + " does not take part in events");
    }
}
