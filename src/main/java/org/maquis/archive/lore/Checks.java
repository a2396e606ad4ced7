package org.maquis.archive.lore;

import java.util.ArrayList;
import java.util.List;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.errors.UserError;

/**
 * Checks a mutation's input before anything is written, collecting every problem, each on its field, so that
 * the caller learns all of them at once. The database checks the same rules again (V7__editing.sql).
 */
public final class Checks {

    public static final int NAME = 200;
    public static final int DESCRIPTION = 4000;
    public static final int SHORT = 100;
    public static final int ROLE = 200;

    private final List<UserError> errors = new ArrayList<>();

    /** A text field: {@code required} means it must be given (on create); given, it must hold 1 to {@code max} characters. */
    public Checks text(String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(UserError.badInput(field, "`" + field + "` is required."));
            }
        } else if (value.isBlank()) {
            errors.add(UserError.badInput(field, "`" + field + "` must not be blank."));
        } else if (value.strip().length() > max) {
            errors.add(UserError.badInput(field, "`" + field + "` is " + value.strip().length() + " characters long; at most " + max + "."));
        }
        return this;
    }

    /** An approximate date, if given: its earliest day not after its latest, its wording kept and short. */
    public Checks date(String field, ApproximateDateInput date) {
        if (date != null) {
            if (date.earliest != null && date.latest != null && date.earliest.isAfter(date.latest)) {
                errors.add(UserError.badInput(field + ".earliest", "`" + field + ".earliest` (" + date.earliest
                        + ") is after `" + field + ".latest` (" + date.latest + ")."));
            }
            text(field + ".wording", date.wording, SHORT, true);
        }
        return this;
    }

    /** A rule of the caller's own. */
    public Checks that(boolean holds, String field, String message) {
        if (!holds) {
            errors.add(UserError.badInput(field, message));
        }
        return this;
    }

    /** Throws every problem found, as user errors; does nothing when there is none. */
    public void orRefuse() {
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
    }

    /** The value without surrounding blanks, or null. */
    public static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
