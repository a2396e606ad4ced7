package org.maquis.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store of persisted queries without a server: its bound, and the allow list's three forms. */
class PersistedQueriesStoreTest {

    private static RequestShape request(String query, String hash) {
        JsonObject request = new JsonObject();
        if (query != null) {
            request.put("query", query);
        }
        if (hash != null) {
            request.put("extensions", new JsonObject().put("persistedQuery",
                    new JsonObject().put("version", 1).put("sha256Hash", hash)));
        }
        return new RequestShape(request, null);
    }

    @Test
    void theCacheIsBoundedLeastRecentlyUsedOutFirst() {
        PersistedQueries store = new PersistedQueries(2, (AllowList) null);
        String a = "{ a }";
        String b = "{ b }";
        String c = "{ c }";
        for (String query : new String[] {a, b}) {
            store.remember(store.resolve(request(query, AllowList.sha256(query))).shape());
        }
        assertEquals(a, store.resolve(request(null, AllowList.sha256(a))).shape().query());
        store.remember(request(c, AllowList.sha256(c)));
        assertTrue(store.knows(AllowList.sha256(a)));
        assertFalse(store.knows(AllowList.sha256(b)), "the least recently used is out");
        assertTrue(store.knows(AllowList.sha256(c)));
        assertEquals(PersistedQueries.NOT_FOUND, store.resolve(request(null, AllowList.sha256(b))).code());
    }

    @Test
    void aRequestWithoutAHashIsLeftAsItIsAndNothingIsKept() {
        PersistedQueries store = new PersistedQueries(10, (AllowList) null);
        RequestShape plain = request("{ a }", null);
        assertEquals(plain, store.resolve(plain).shape());
        store.remember(plain);
        assertFalse(store.knows(AllowList.sha256("{ a }")));
    }

    @Test
    void aDirectoryListsEveryGraphqlFileBelowIt(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("part"));
        Files.writeString(dir.resolve("part/one.graphql"), "{ one }\n");
        Files.writeString(dir.resolve("two.graphql"), "{ two }");
        Files.writeString(dir.resolve("two.json"), "{}");
        AllowList list = AllowList.read(dir);
        assertEquals(2, list.size());
        assertEquals("{ one }\n", list.document(AllowList.sha256("{ one }\n")));
        PersistedQueries store = new PersistedQueries(10, list);
        assertNull(store.resolve(request("{ two }", null)).code());
        assertEquals("{ two }", store.resolve(request("{ two }", null)).shape().query(), "listed, so resolved");
        assertEquals("{ two }", store.resolve(request(null, AllowList.sha256("{ two }"))).shape().query());
        assertEquals(PersistedQueries.NOT_ALLOWED, store.resolve(request("{ three }", null)).code());
        assertEquals(PersistedQueries.NOT_ALLOWED, store.resolve(request(null, AllowList.sha256("{ three }"))).code());
        assertEquals(PersistedQueries.NOT_ALLOWED, store.resolve(request("{ three }", AllowList.sha256("{ three }"))).code());
        store.remember(request("{ three }", AllowList.sha256("{ three }")));
        assertFalse(store.knows(AllowList.sha256("{ three }")), "nothing is learnt under an allow list");
    }

    @Test
    void aManifestMapsHashesToDocumentsAsRelayOrApolloWriteIt(@TempDir Path dir) throws IOException {
        Path relay = dir.resolve("relay.json");
        Files.writeString(relay, new JsonObject().put(AllowList.sha256("{ one }"), "{ one }").encode());
        assertEquals("{ one }", AllowList.read(relay).document(AllowList.sha256("{ one }")));
        Path apollo = dir.resolve("apollo.json");
        Files.writeString(apollo, new JsonObject().put("format", "apollo-persisted-query-manifest").put("version", 1)
                .put("operations", new JsonArray().add(new JsonObject().put("id", AllowList.sha256("{ two }"))
                        .put("name", "Two").put("type", "query").put("body", "{ two }"))).encode());
        assertEquals("{ two }", AllowList.read(apollo).document(AllowList.sha256("{ two }")));
        Path single = dir.resolve("one.graphql");
        Files.writeString(single, "query One { one }");
        assertEquals(1, AllowList.read(single).size());
    }

    @Test
    void aManifestKeyedByAnotherHashFailsTheStart(@TempDir Path dir) throws IOException {
        Path md5 = dir.resolve("md5.json");
        Files.writeString(md5, new JsonObject().put("0123456789abcdef0123456789abcdef", "{ one }").encode());
        assertThrows(IllegalStateException.class, () -> AllowList.read(md5));
        assertThrows(java.io.UncheckedIOException.class, () -> AllowList.read(dir.resolve("missing.graphql")));
    }
}
