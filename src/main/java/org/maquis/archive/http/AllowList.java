package org.maquis.archive.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The operations a production server runs and no other (`MAQUIS_ALLOW_LIST`), each by the SHA-256 of its text, as
 * the persisted-query protocol names documents. Read once at start from one of:
 * <ul>
 * <li>a directory: every `*.graphql` file below it, each file's whole text one document;</li>
 * <li>a JSON manifest: an object of hash to document (relay-compiler's `persistConfig` with `"algorithm": "SHA256"`
 * writes one), or Apollo's persisted-query manifest (`{"operations": [{"id", "body"}, ...]}`);</li>
 * <li>any other file: one document, its whole text.</li>
 * </ul>
 * A manifest entry whose hash is not its document's SHA-256 fails the start: a list that cannot match what clients
 * send would refuse everything, or (keyed by another algorithm) nothing of what its author meant.
 */
final class AllowList {

    private final Map<String, String> documents;

    private AllowList(Map<String, String> documents) {
        this.documents = Map.copyOf(documents);
    }

    static AllowList read(Path path) {
        try {
            if (Files.isDirectory(path)) {
                return new AllowList(directory(path));
            }
            String text = Files.readString(path, StandardCharsets.UTF_8);
            return new AllowList(path.toString().endsWith(".json") ? manifest(path, text) : Map.of(sha256(text), text));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the allow list " + path.toAbsolutePath(), e);
        }
    }

    /** The document listed under this hash (lower-case hex), or null. */
    String document(String hash) {
        return documents.get(hash);
    }

    int size() {
        return documents.size();
    }

    private static Map<String, String> directory(Path root) throws IOException {
        Map<String, String> documents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                documents.put(sha256(text), text);
            }
        }
        return documents;
    }

    private static Map<String, String> manifest(Path path, String text) {
        JsonObject json = new JsonObject(text);
        Map<String, String> documents = new LinkedHashMap<>();
        if (json.getValue("operations") instanceof JsonArray operations) {
            operations.forEach(o -> entry(path, documents, ((JsonObject) o).getString("id"), ((JsonObject) o).getString("body")));
        } else {
            json.forEach(e -> entry(path, documents, e.getKey(), (String) e.getValue()));
        }
        return documents;
    }

    private static void entry(Path path, Map<String, String> documents, String hash, String document) {
        if (hash == null || document == null || !hash.equalsIgnoreCase(sha256(document))) {
            throw new IllegalStateException("The allow list " + path + " names `" + hash + "`, which is not the SHA-256"
                    + " of its document: list documents by the SHA-256 of their text.");
        }
        documents.put(hash.toLowerCase(java.util.Locale.ROOT), document);
    }

    /** The SHA-256 of the text's UTF-8 bytes, in lower-case hex: what persisted-query clients send. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
