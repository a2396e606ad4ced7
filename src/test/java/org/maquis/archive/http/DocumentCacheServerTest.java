package org.maquis.archive.http;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maquis.archive.http.DocumentCache;
import org.maquis.archive.support.GraphQL;

/** RequestCheck and SmallRye's execution parse and validate each distinct document once, between them. */
@QuarkusTest
class DocumentCacheServerTest {

    @Inject
    DocumentCache documents;

    @Test
    void aDocumentPostedManyTimesIsParsedAndValidatedOnce() {
        String query = "{ faction(slug: \"maquis\") { name } documentCacheServerTest: __typename }";
        long before = documents.computed();
        for (int i = 0; i < 5; i++) {
            GraphQL.post(Map.of("query", query)).statusCode(200).body("data.faction.name", equalTo("Maquis"));
        }
        assertEquals(before + 1, documents.computed(), "one parse and validation for the check and five executions");
    }

    @Test
    void smallRyesExecutionReadsTheSameCache() {
        // Per request: RequestCheck, then SmallRye twice (the operation types it notes, graphql-java's execution).
        String query = "{ faction(slug: \"maquis\") { slug } sameCache: __typename }";
        long computed = documents.computed();
        long lookups = documents.lookups();
        for (int i = 0; i < 4; i++) {
            GraphQL.post(Map.of("query", query)).statusCode(200).body("data.faction.slug", equalTo("maquis"));
        }
        assertTrue(documents.holds(query));
        assertEquals(computed + 1, documents.computed());
        assertEquals(lookups + 12, documents.lookups(), "three lookups a request: the check and SmallRye's two");
    }
}
