package org.maquis.archive.galaxy;

import java.sql.SQLException;
import java.util.SplittableRandom;

/**
 * An approximate date as the schema stores it: earliest day, latest day (either may be open) and the
 * article's kind of wording. The generator draws most dates from a few centuries at year precision and
 * many from a handful of "hot" spans taken from the article, so that sort keys tie in large groups.
 */
record Span(int fromYear, int fromMonth, int fromDay, int toYear, int toMonth, int toDay, String wording) {

    /** The spans the article itself uses most; a large share of generated dates falls on exactly these. */
    private static final Span[] HOT = {
        year(2298),
        new Span(2286, 1, 1, 2289, 12, 31, "late 2280s"),
        year(2374),
        new Span(2377, 1, 1, 2377, 4, 30, "early 2377"),
        new Span(2298, 1, 1, 2338, 12, 31, "over the next forty years"),
        new Span(0, 0, 0, 2296, 12, 31, "by the mid-2290s"),
    };

    static Span year(int y) {
        return new Span(y, 1, 1, y, 12, 31, "in " + y);
    }

    /** A date between {@code first} and {@code last} (years), or one of the hot spans ({@code hotPercent}). */
    static Span draw(SplittableRandom r, int first, int last, int hotPercent) {
        if (r.nextInt(100) < hotPercent) {
            return HOT[r.nextInt(HOT.length)];
        }
        int y = first + r.nextInt(last - first + 1);
        int decade = y / 10 * 10;
        int shape = r.nextInt(100);
        if (shape < 70) {
            return year(y);
        } else if (shape < 80) {
            return new Span(y, 1, 1, y, 4, 30, "early " + y);
        } else if (shape < 88) {
            return new Span(decade + 6, 1, 1, decade + 9, 12, 31, "late " + decade + "s");
        } else if (shape < 94) {
            return new Span(decade + 3, 1, 1, decade + 6, 12, 31, "mid-" + decade + "s");
        } else {
            return new Span(0, 0, 0, y, 12, 31, "by " + y);
        }
    }

    /** Writes the three columns (earliest, latest, wording); all NULL for {@code null}. */
    static void write(CopyRows row, Span span) throws SQLException {
        if (span == null) {
            row.nul().nul().nul();
        } else {
            row.date(span.fromYear, span.fromMonth, span.fromDay).date(span.toYear, span.toMonth, span.toDay)
                    .text(span.wording);
        }
    }
}
