package org.maquis.archive.data;

import org.maquis.archive.input.ArchiveDates;
import org.maquis.archive.errors.BadUserInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filter of a root connection, built clause by clause in SQL over the row alias {@code t}; a null value
 * adds no clause. Values are always bound, never pasted.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String ranges;
    private String range;

    /** Case-insensitive substring match on a text column. */
    public Where contains(String column, String text) {
        if (text != null) {
            String escaped = text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            add("lower(" + column + ") like :" + next() + " escape '\\'", "%" + escaped + "%");
        }
        return this;
    }

    /** Equality; an enum is compared by its name, as the tables store it. */
    public Where equal(String column, Object value) {
        if (value != null) {
            add(column + " = :" + next(), value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** Rows whose foreign key {@code column} points to the row of {@code table} with this slug. */
    public Where pointsToSlug(String column, String table, String slug) {
        if (slug != null) {
            add(column + " = (select s.id from " + table + " s where s.slug = :" + next() + ")", slug);
        }
        return this;
    }

    /**
     * Keeps rows whose approximate date (columns {@code <date>_earliest}, {@code <date>_latest}) can fall in the
     * years given. A side the article leaves open ("by the 2370s") matches; an undated row does not. The days are
     * bound as PostgreSQL's text of them ({@link ArchiveDates#postgresText}), so that years BC stay BC.
     */
    public Where overlapsYears(String date, Integer fromYear, Integer toYear) {
        checkYears(fromYear, toYear);
        if (fromYear != null) {
            add("(" + date + "_latest >= cast(cast(:" + next() + " as text) as date) or (" + date + "_latest is null and "
                    + date + "_earliest is not null))", ArchiveDates.postgresText(LocalDate.of(fromYear, 1, 1)));
        }
        if (toYear != null) {
            add("(" + date + "_earliest <= cast(cast(:" + next() + " as text) as date) or (" + date + "_earliest is null and "
                    + date + "_latest is not null))", ArchiveDates.postgresText(LocalDate.of(toYear, 12, 31)));
        }
        return this;
    }

    /**
     * {@link BadUserInput} for a year a filter may not name, one the archive holds no dates of ({@link ArchiveDates}):
     * beyond these a year would fail the statement rather than match nothing.
     */
    public static void checkYears(Integer... years) {
        for (Integer year : years) {
            if (year != null && !ArchiveDates.holdsYear(year)) {
                throw new BadUserInput(ArchiveDates.yearRange(year));
            }
        }
    }

    /**
     * Rows whose {@code column} is at least what {@code bound} computes from the value (SQL in which
     * {@code :value} stands for it): a redundant condition that lets an index on the column serve a filter.
     */
    public Where atLeast(String column, String bound, Object value) {
        if (value != null) {
            add(column + " >= " + bound.replace(":value", ":" + next()), value);
        }
        return this;
    }

    /**
     * Reads the matching rows range by range: {@code ranges} is SQL giving one row per range (a function of
     * values bound by {@link #value}), and {@code range} the clause over one range's columns ({@code r.<name>})
     * that one index range serves in the page's order. The ranges must split the rows between them, each row
     * in at most one. The page reads each range in its order, cut to the page, and merges them: one statement,
     * planned once for every range (PostgreSQL plans a union of many ranges for longer than it reads them),
     * that reads at most a page per range. For a filter that no single index range serves without reading rows
     * it drops: a window over intervals.
     */
    public Where ranges(String ranges, String range) {
        this.ranges = ranges;
        this.range = range;
        return this;
    }

    /** Binds a value for SQL written elsewhere (the ranges of {@link #ranges}), and gives its placeholder. */
    public String value(Object value) {
        String name = next();
        parameters.put(name, value);
        return ":" + name;
    }

    private String next() {
        return "w" + parameters.size();
    }

    private void add(String clause, Object value) {
        clauses.add(clause);
        parameters.put(next(), value);
    }

    /** The clauses, each led by {@code and}. */
    private String sql() {
        return clauses.stream().map(c -> " and " + c).reduce("", String::concat);
    }

    /**
     * The select of a page: {@code columns} of the rows of {@code table} that match (the clauses and
     * {@code more}, such as a keyset) and of the to-ones {@code joins} joins to them, ordered and cut by {@code cut}
     * ({@code order by ... limit ...}). Read range
     * by range (see {@link #ranges}), each range reads only the page's sort keys ({@code keys}: columns of the
     * row, which the range's index holds), the ranges' keys are merged and cut, and only then are the page's
     * rows read, one by one by row key: an index-only scan per range and one row read per row returned.
     */
    String rows(String table, String columns, String joins, String keys, String more, String cut) {
        if (ranges == null) {
            return select(table + " t" + joins, columns, more, cut);
        }
        // Each row by its key: OFFSET 0 keeps the planner from making it a join, which over a small table it
        // would plan as a hash of the whole table (3 times slower at a thousand events).
        return "select " + columns + " from (" + keys(table, keys, more, cut) + ") k"
                + " cross join lateral (select t.* from " + table + " t where t.id = k.id offset 0) t" + joins + cut;
    }

    /**
     * The {@code keys} of the matching rows of {@code table}, ordered and cut by {@code cut} (or all of them, for
     * no cut): read range by range where there are ranges, the ranges' rows as a table {@code t}.
     */
    String keys(String table, String keys, String more, String cut) {
        if (ranges == null) {
            return select(table + " t", keys, more, cut);
        }
        return "select t.* from " + ranges + " r cross join lateral ("
                + select(table + " t", keys, more + " and " + range, cut) + ") t" + cut;
    }

    /** The matching rows of {@code from} (its rows {@code t}; {@code columns} of them), ordered and cut by {@code cut}. */
    private String select(String from, String columns, String more, String cut) {
        return "select " + columns + " from " + from + " where true" + sql() + more + cut;
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
