package org.maquis.archive.data;

/**
 * The row lock a write takes on a row it reads and then writes under a rule (PostgreSQL's row-level lock modes):
 * taken in the statement that reads the row, held until the transaction ends, so that a concurrent writer under the
 * same rule waits, then reads what this one committed and answers in the API's own words.
 */
public enum Lock {

    /** None: an update at a version read, which Hibernate's {@code where version = ?} guards. */
    NONE(""),
    /**
     * A row referenced by the write: it is not deleted before the write ends (the lock a foreign key's check takes,
     * taken when the API checks the reference). Updates of the row go on; a delete waits, or is waited for.
     */
    KEY_SHARE(" for key share"),
    /**
     * The row a rule is about (the cell of an open leadership, the faction of founders...): writers under the rule
     * take turns on it. Stronger than any reference to the row, which still passes.
     */
    NO_KEY_UPDATE(" for no key update"),
    /** A row to delete: no reference to it is made until the deletion ends. */
    UPDATE(" for update");

    private final String clause;

    Lock(String clause) {
        this.clause = clause;
    }

    /** The locking clause of a {@code select}. */
    String clause() {
        return clause;
    }
}
