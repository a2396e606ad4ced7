package org.maquis.archive.galaxy;

import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into one {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format, a buffer at a
 * time, so that no table is ever held in memory. Columns are always listed: derived columns (generated
 * columns, columns filled by triggers) are left to the database.
 */
final class CopyRows implements AutoCloseable {

    private final CopyIn copy;
    private final byte[] buffer = new byte[1 << 18];
    private int length;
    private boolean rowStarted;
    private long rows;
    private boolean done;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code COPY table (columns) FROM STDIN}. */
    static CopyRows into(CopyManager copyManager, String table, String columns) throws SQLException {
        return new CopyRows(copyManager.copyIn("copy " + table + " (" + columns + ") from stdin"));
    }

    CopyRows id(long value) throws SQLException {
        separator();
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        if (value == 0) {
            put((byte) '0');
            return this;
        }
        int start = length;
        while (value > 0) {
            put((byte) ('0' + (int) (value % 10)));
            value /= 10;
        }
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte t = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = t;
        }
        return this;
    }

    /** A foreign key or other number, or NULL when {@code value} is {@code 0}. */
    CopyRows ref(long value) throws SQLException {
        return value == 0 ? nul() : id(value);
    }

    CopyRows text(String value) throws SQLException {
        if (value == null) {
            return nul();
        }
        separator();
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> { put((byte) '\\'); put((byte) '\\'); }
                case '\t' -> { put((byte) '\\'); put((byte) 't'); }
                case '\n' -> { put((byte) '\\'); put((byte) 'n'); }
                case '\r' -> { put((byte) '\\'); put((byte) 'r'); }
                default -> {
                    if (ch >= 0x80) {
                        throw new IllegalArgumentException("the galaxy writes ASCII only: " + value);
                    }
                    put((byte) ch);
                }
            }
        }
        return this;
    }

    CopyRows bool(boolean value) throws SQLException {
        separator();
        put((byte) (value ? 't' : 'f'));
        return this;
    }

    /** A date as yyyy-mm-dd, or NULL when {@code year} is {@code 0}. */
    CopyRows date(int year, int month, int day) throws SQLException {
        if (year == 0) {
            return nul();
        }
        separator();
        digits(year, 4);
        put((byte) '-');
        digits(month, 2);
        put((byte) '-');
        digits(day, 2);
        return this;
    }

    /** A date given as days since 1970, or {@code infinity} for {@link Galaxy#INFINITY}. */
    CopyRows day(int epochDay) throws SQLException {
        if (epochDay == Galaxy.INFINITY) {
            return text("infinity");
        }
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        return date(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    CopyRows nul() throws SQLException {
        separator();
        put((byte) '\\');
        put((byte) 'N');
        return this;
    }

    /** Ends the current row. */
    void end() throws SQLException {
        put((byte) '\n');
        rowStarted = false;
        rows++;
        if (length > buffer.length - 4096) {
            flush();
        }
    }

    /** Ends the COPY and returns the number of rows the server took. */
    long finish() throws SQLException {
        flush();
        done = true;
        long taken = copy.endCopy();
        if (taken != rows) {
            throw new SQLException("COPY took " + taken + " rows of " + rows);
        }
        return taken;
    }

    @Override
    public void close() throws SQLException {
        if (!done && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void digits(int value, int width) throws SQLException {
        for (int div = width == 4 ? 1000 : 10; div > 0; div /= 10) {
            put((byte) ('0' + (value / div) % 10));
        }
    }

    private void separator() throws SQLException {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
    }

    private void put(byte b) throws SQLException {
        if (length == buffer.length) {
            flush();
        }
        buffer[length++] = b;
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
