package org.maquis.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/** The cache alone: valid documents kept and shared, broken ones never kept, the least recently used out first. */
class DocumentCacheTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { a: Int b: Int c: Int }"), RuntimeWiring.newRuntimeWiring().build());

    private final DocumentCache cache = new DocumentCache(() -> SCHEMA, 2);

    @Test
    void aValidDocumentIsParsedAndValidatedOnce() {
        var first = cache.validated("{ a }");
        assertSame(first, cache.validated("{ a }"));
        assertEquals(1, cache.computed());
        assertFalse(first.hasErrors());
    }

    @Test
    void brokenDocumentsAreNeverKept() {
        assertTrue(cache.validated("{ a ").hasErrors());
        assertTrue(cache.validated("{ nope }").hasErrors());
        assertNotNull(cache.validated("{ nope }").getDocument(), "a document that parses keeps its tree");
        assertFalse(cache.holds("{ a "));
        assertFalse(cache.holds("{ nope }"));
    }

    @Test
    void theLeastRecentlyUsedGoesFirst() {
        cache.validated("{ a }");
        cache.validated("{ b }");
        cache.validated("{ a }");
        cache.validated("{ c }");
        assertTrue(cache.holds("{ a }"));
        assertFalse(cache.holds("{ b }"));
        assertTrue(cache.holds("{ c }"));
    }
}
