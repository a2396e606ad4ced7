package org.maquis.archive.input;


import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days the archive holds: ISO years -4000 to 99999, everywhere. Filters name years within them ({@link Where}),
 * every `Date` a client sends is checked against them before anything runs ({@link org.maquis.archive.input.ArgumentValues}), a cursor's dates
 * too ({@link Order}), and the database holds them as CHECK constraints (V11__date_bounds.sql). They sit well inside
 * PostgreSQL's dates (ISO years -4712 to 5874897) and timestamps (to 294276), so that the timeline's window, which
 * steps back from a year by up to a century and the longest span of an event (V6), never leaves them; and inside
 * what the reactive client's binary encoding of a date (a 32-bit count of days) carries.
 */
public final class ArchiveDates {

    public static final int FIRST_YEAR = -4000;
    public static final int LAST_YEAR = 99999;

    /** A date as PostgreSQL writes it in JSON, as cursors carry it: ISO-like, with ` BC` for years before 1 AD. */
    private static final Pattern POSTGRES = Pattern.compile("(\\d{4,5})-(\\d{2})-(\\d{2})( BC)?");

    private ArchiveDates() {
    }

    /** Whether the archive holds dates of this (ISO) year. */
    public static boolean holdsYear(long year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The sentence that refuses a year outside them. */
    public static String yearRange(long year) {
        return "A year must be from " + FIRST_YEAR + " to " + LAST_YEAR + ", was " + year + ".";
    }

    /**
     * A `Date` as a client writes it, as java.time reads it (yyyy-mm-dd; a sign before a year of more than four
     * digits or below 0, e.g. +10000-01-01 or -0044-03-15); null when it is no such date.
     */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A date as PostgreSQL reads it as text (`4001-01-01 BC` for ISO year -4000), for SQL to cast: bound as a date
     * to a native query, Hibernate hands the client a java.sql.Date made of it, whose year loses its era, so that a
     * year before 1 AD reached the statement as the same year AD.
     */
    public static String postgresText(LocalDate date) {
        int year = date.getYear();
        return String.format("%04d-%02d-%02d%s", year > 0 ? year : 1 - year, date.getMonthValue(), date.getDayOfMonth(),
                year > 0 ? "" : " BC");
    }

    /**
     * Whether PostgreSQL's text of a date (in a cursor) is a date the archive holds, or one of the sentinels
     * {@code infinity} and {@code -infinity} that sort undated rows. PostgreSQL counts years BC without a year 0:
     * `4001-01-01 BC` is ISO year -4000.
     */
    public static boolean holdsPostgresText(String text) {
        if (text.equals("infinity") || text.equals("-infinity")) {
            return true;
        }
        Matcher date = POSTGRES.matcher(text);
        if (!date.matches()) {
            return false;
        }
        int year = Integer.parseInt(date.group(1));
        int isoYear = date.group(4) == null ? year : 1 - year;
        try {
            LocalDate.of(isoYear, Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
        } catch (DateTimeException e) {
            return false;
        }
        return year > 0 && holdsYear(isoYear);
    }
}
