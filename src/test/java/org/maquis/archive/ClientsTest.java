package org.maquis.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/**
 * What clients build from this API: relay-compiler and GraphQL Code Generator (npm, pinned in src/test/clients,
 * installed by this test with `npm ci` when missing) compile the committed schema.graphql and every operation under
 * src/test/resources/graphql, as they are (src/test/clients/check-clients.mjs says how they are laid out for Relay).
 * Relay's persisted-query manifest it writes on the way is one MAQUIS_ALLOW_LIST reads.
 */
class ClientsTest {

    private static final Path CLIENTS = Path.of("src", "test", "clients");
    private static final Path WORK = Path.of("target", "client-checks");

    @Test
    void relayCompilerAndGraphqlCodegenAcceptTheSchemaAndTheOperations() throws IOException, InterruptedException {
        if (!Files.isDirectory(CLIENTS.resolve("node_modules/relay-compiler"))
                || !Files.isDirectory(CLIENTS.resolve("node_modules/@graphql-codegen/cli"))) {
            run(CLIENTS, 600, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }
        String output = run(CLIENTS, 600, "node", "check-clients.mjs", WORK.toAbsolutePath().toString());
        System.out.println("[clients] " + output);
        JsonObject result = GraphQL.json(output.lines().reduce((a, b) -> b).orElse("{}")).asJsonObject();
        JsonObject relay = result.getJsonObject("relay");
        JsonObject codegen = result.getJsonObject("codegen");
        assertTrue(relay.getBoolean("ok"), "relay-compiler: " + relay);
        assertTrue(codegen.getBoolean("ok"), "graphql-codegen: " + codegen);

        int operations = result.getInt("operations");
        long kept;
        try (var files = Files.walk(Path.of("src/test/resources/graphql"))) {
            kept = files.filter(f -> f.toString().endsWith(".graphql")).count();
        }
        assertEquals(kept, result.getInt("files"), "every operation the tests keep is given to the tools");
        // Relay compiles no introspection: the schema descriptions test is the one operation it is not given.
        assertEquals(List.of("src/test/resources/graphql/schema/descriptions.graphql"),
                result.getJsonArray("notForRelay").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        // One artifact per operation given to Relay (all but one) and one per named fragment (the lore files share
        // `When`).
        assertEquals(operations - 1 + result.getInt("distinctFragments"), relay.getInt("artifacts"), "Relay artifacts");
        assertEquals(operations - 1, relay.getInt("persisted"), "Relay's persisted operations");
        assertTrue(codegen.getInt("bytes") > 10_000, "generated TypeScript: " + codegen);
    }

    @Test
    void relaysPersistedQueryManifestIsAnAllowList() throws IOException, InterruptedException {
        Path manifest = WORK.resolve("relay/persisted-queries.json");
        if (!Files.exists(manifest)) {
            relayCompilerAndGraphqlCodegenAcceptTheSchemaAndTheOperations();
        }
        JsonObject documents = GraphQL.json(Files.readString(manifest)).asJsonObject();
        assertTrue(documents.size() > 60, "documents: " + documents.size());
        for (Map.Entry<String, ?> entry : documents.entrySet()) {
            String document = ((JsonString) entry.getValue()).getString();
            assertEquals(entry.getKey(), sha256(document), "the key of " + document);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a command in the folder and answers what it printed; fails on a non-zero exit. */
    private static String run(Path folder, int seconds, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        String printed = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed: " + printed);
        return printed;
    }
}
