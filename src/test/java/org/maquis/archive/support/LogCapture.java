package org.maquis.archive.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** What the server logs while a test runs: every record of every logger, from the root logger (as ErrorLogTest reads it). */
public final class LogCapture extends Handler implements AutoCloseable {

    /** One record, with the request id the MDC held. */
    public record Line(Level level, String logger, String message, Throwable thrown, String requestId) {
        @Override
        public String toString() {
            String text = level + " [" + logger + "] [" + requestId + "] " + message;
            return (text.length() > 500 ? text.substring(0, 500) + "..." : text) + (thrown == null ? "" : " (" + thrown.getClass().getName() + ")");
        }
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private LogCapture() {
    }

    /** Starts listening; close to stop. */
    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    /** Every line, in the order logged. */
    public List<Line> lines() {
        return lines;
    }

    /** The lines at {@code level} or above. */
    public List<Line> atLeast(Level level) {
        return lines.stream().filter(l -> l.level().intValue() >= level.intValue()).toList();
    }

    public int size() {
        return lines.size();
    }

    @Override
    public void publish(LogRecord record) {
        String requestId = record instanceof ExtLogRecord ext ? ext.getMdc("requestId") : null;
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        lines.add(new Line(record.getLevel(), record.getLoggerName(), message, record.getThrown(), requestId));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
