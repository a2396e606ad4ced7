package org.maquis.archive.errors;


import java.util.List;

/**
 * Ends a mutation with user errors: thrown inside a write, it rolls the transaction back, and the mutation
 * answers with a payload that lists the errors (see {@link Writes#payload}).
 */
public final class Refused extends RuntimeException {

    private final transient List<UserError> errors;

    public Refused(List<UserError> errors) {
        super(errors.toString(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public Refused(UserError error) {
        this(List.of(error));
    }

    public List<UserError> errors() {
        return errors;
    }
}
