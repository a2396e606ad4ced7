package org.maquis.archive.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/**
 * With MAQUIS_LOG_JSON=true (here its property, quarkus.log.console.json.enabled) the console writes one JSON
 * object a line, with the request id among the MDC's fields.
 */
@QuarkusTest
@TestProfile(JsonLogTest.Json.class)
class JsonLogTest {

    public static class Json implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.console.json.enabled", "true");
        }
    }

    @Test
    void theConsoleWritesJsonLinesWithTheRequestId() {
        given().get("/q/health/live").then().statusCode(200);
        List<Formatter> formatters = new ArrayList<>();
        collect(Logger.getLogger("").getHandlers(), formatters);
        List<Formatter> json = formatters.stream().filter(f -> f instanceof org.jboss.logmanager.formatters.JsonFormatter).toList();
        assertFalse(json.isEmpty(), "no JSON formatter among the console's: " + formatters);

        ExtLogRecord record = new ExtLogRecord(Level.INFO, "Vulcan answered", ExtLogRecord.FormatStyle.NO_FORMAT,
                JsonLogTest.class.getName());
        record.setLoggerName("org.maquis.archive.ops.GraphQLRequests");
        org.jboss.logmanager.MDC.put("requestId", "json-1");
        try {
            record.copyMdc();
        } finally {
            org.jboss.logmanager.MDC.remove("requestId");
        }
        String line = json.get(0).format(record);
        assertEquals(1, line.strip().split("\n").length, line);
        JsonObject object = GraphQL.json(line.strip()).asJsonObject();
        assertEquals("Vulcan answered", object.getString("message"));
        assertEquals("INFO", object.getString("level"));
        assertEquals("json-1", object.getJsonObject("mdc").getString("requestId"));
    }

    /** Formatters of these handlers and of the handlers they wrap (Quarkus nests the console's). */
    private static void collect(Handler[] handlers, List<Formatter> formatters) {
        for (Handler handler : handlers) {
            if (handler.getFormatter() != null) {
                formatters.add(handler.getFormatter());
            }
            if (handler instanceof ExtHandler ext) {
                collect(ext.getHandlers(), formatters);
            }
        }
    }
}
