package org.maquis.archive.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;
import org.maquis.archive.support.Calls;
import org.maquis.archive.support.Checksums;
import org.maquis.archive.support.LoreIds;
import org.maquis.archive.support.LoreInputs;
import org.maquis.archive.support.Shapes;
import org.maquis.archive.support.Snapshot;

/**
 * Every mutation of the served schema, called with well-formed input that names lore rows: refused without a token
 * (UNAUTHENTICATED) and with a token that lacks the archivist role (FORBIDDEN), with no data and no row changed. The
 * very same requests land when an archivist sends them, so a refusal is the token check's and nothing else's: drop the
 * check from any one mutation and this test names it.
 */
@QuarkusTest
class MutationGuardTest {

    /** The mutations of the schema when this test was written; fewer would mean the schema was not read. */
    private static final int AT_LEAST = 46;

    @Inject
    AgroalDataSource database;

    private Shapes shapes;
    private Calls calls;
    private LoreInputs inputs;

    @BeforeEach
    void readTheSchema() {
        shapes = Shapes.read();
        calls = new Calls(shapes);
        inputs = new LoreInputs(shapes, LoreIds.versions(database));
        assertTrue(shapes.mutations().size() >= AT_LEAST, "mutations read from the schema: " + shapes.mutations().size());
    }

    @Test
    void everyMutationIsRefusedWithoutAToken() throws SQLException {
        assertRefused(null, "UNAUTHENTICATED");
    }

    @Test
    void everyMutationIsForbiddenWithoutTheArchivistRole() throws SQLException {
        assertRefused(Archivist.token("reader", "reader"), "FORBIDDEN");
    }

    /** The requests above are valid: an archivist's land, each changes rows, and the lore is put back after each. */
    @Test
    void theSameRequestsLandForAnArchivist() throws Exception {
        Snapshot.fromTheLore(database, this::landEveryOne);
    }

    private void landEveryOne() throws SQLException {
        Map<String, String> before = Checksums.of(database);
        long changes = Checksums.changes(database);
        List<String> failures = new ArrayList<>();
        try (Snapshot snapshot = Snapshot.take(database)) {
            for (Shapes.Field mutation : shapes.mutations()) {
                Calls.Call call = call(mutation, true);
                JsonObject answer = call.post(Archivist.token());
                String problem = landed(mutation.name(), answer);
                if (problem == null && Checksums.changes(database) == changes) {
                    problem = "answered as if it landed, but history recorded no change";
                }
                if (problem != null) {
                    failures.add(mutation.name() + ": " + problem + "\n    sent: " + call.document() + " " + call.variables()
                            + "\n    answer: " + answer.encode());
                }
                snapshot.restore();
            }
        }
        assertEquals(before, Checksums.of(database), "the lore was put back after each mutation");
        assertEquals(List.of(), failures, "well-formed requests that did not land for an archivist");
    }

    private void assertRefused(String token, String code) throws SQLException {
        try (Snapshot snapshot = Snapshot.take(database)) {
            try {
                assertEveryOneRefused(token, code);
            } finally {
                snapshot.restore(); // what a mutation let through must not fail the tests after this one
            }
        }
    }

    private void assertEveryOneRefused(String token, String code) throws SQLException {
        Map<String, String> before = Checksums.of(database);
        List<String> failures = new ArrayList<>();
        for (Shapes.Field mutation : shapes.mutations()) {
            for (boolean asVariables : new boolean[] {false, true}) {
                Calls.Call call = call(mutation, asVariables);
                JsonObject answer = call.post(token);
                String problem = refused(mutation.name(), answer, code);
                if (problem != null) {
                    failures.add(mutation.name() + (asVariables ? " (variables)" : " (literals)") + ": " + problem
                            + "\n    sent: " + call.document() + " " + call.variables() + "\n    answer: " + answer.encode());
                }
            }
        }
        assertEquals(List.of(), failures, "mutations not refused with " + code);
        assertEquals(before, Checksums.of(database), "rows changed");
    }

    private Calls.Call call(Shapes.Field mutation, boolean asVariables) {
        return calls.call("mutation", mutation, inputs.args(mutation), asVariables);
    }

    /** What is wrong with the answer to a refused mutation, or null: no data, and each error of this code on the field. */
    private static String refused(String mutation, JsonObject answer, String code) {
        JsonArray errors = answer.getJsonArray("errors");
        if (errors == null || errors.isEmpty()) {
            return "no error";
        }
        if (answer.getValue("data") != null) {
            return "data beside the refusal";
        }
        for (Object e : errors) {
            JsonObject error = (JsonObject) e;
            JsonObject extensions = error.getJsonObject("extensions");
            if (extensions == null || !code.equals(extensions.getString("code"))) {
                return "an error that is not " + code;
            }
            if (!new JsonArray().add(mutation).equals(error.getJsonArray("path"))) {
                return "an error not on the mutation's field";
            }
        }
        return null;
    }

    /** What is wrong with the answer to a mutation that should have landed, or null. */
    private static String landed(String mutation, JsonObject answer) {
        if (answer.getJsonArray("errors") != null) {
            return "errors";
        }
        JsonObject payload = answer.getJsonObject("data").getJsonObject(mutation);
        if (!payload.getJsonArray("userErrors").isEmpty()) {
            return "user errors";
        }
        boolean somethingBack = payload.fieldNames().stream().anyMatch(f -> !f.equals("userErrors") && payload.getValue(f) != null);
        return somethingBack ? null : "a payload with nothing in it";
    }
}
