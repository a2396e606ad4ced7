package org.maquis.archive.http;


import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.GraphQLSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each distinct document, parsed and validated against the schema once: the one cache that {@link RequestCheck}
 * and SmallRye's execution share (see {@link org.maquis.archive.engine.ExecutionHooks}). Keyed by the document's text; holds only documents
 * that parsed and validated (a broken one is checked again each time, so junk cannot crowd out the good ones);
 * bounded, least recently used out first.
 */
@ApplicationScoped
public class DocumentCache {

    private final Supplier<GraphQLSchema> schema;
    private final Map<String, PreparsedDocumentEntry> valid;
    private final AtomicLong computed = new AtomicLong();
    private final AtomicLong lookups = new AtomicLong();

    @Inject
    public DocumentCache(Instance<GraphQLSchema> schema,
            @ConfigProperty(name = "maquis.documents.cache-size", defaultValue = "1000") int size) {
        this(schema::get, size);
    }

    DocumentCache(Supplier<GraphQLSchema> schema, int size) {
        this.schema = schema;
        this.valid = new LinkedHashMap<>(Math.min(size, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > size;
            }
        };
    }

    /**
     * The document of this input, parsed and validated: from the cache, or computed now (outside any lock) and
     * kept if it is valid. An entry with errors carries graphql-java's own errors, with their locations.
     */
    public PreparsedDocumentEntry validated(ExecutionInput input) {
        lookups.incrementAndGet();
        String query = input.getQuery();
        PreparsedDocumentEntry entry;
        synchronized (valid) {
            entry = valid.get(query);
        }
        if (entry != null) {
            return entry;
        }
        computed.incrementAndGet();
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(schema.get(), input);
        if (result.getSyntaxException() != null) {
            return new PreparsedDocumentEntry(result.getSyntaxException().toInvalidSyntaxError());
        }
        if (result.getValidationErrors() != null && !result.getValidationErrors().isEmpty()) {
            return new PreparsedDocumentEntry(result.getDocument(), result.getValidationErrors());
        }
        entry = new PreparsedDocumentEntry(result.getDocument());
        synchronized (valid) {
            PreparsedDocumentEntry raced = valid.putIfAbsent(query, entry);
            return raced != null ? raced : entry;
        }
    }

    /** The document of this text, as {@link #validated(ExecutionInput)}. */
    public PreparsedDocumentEntry validated(String query) {
        return validated(ExecutionInput.newExecutionInput(query).build());
    }

    /** Whether this text is in the cache (without touching its recency): for tests. */
    public boolean holds(String query) {
        synchronized (valid) {
            return valid.containsKey(query);
        }
    }

    /** How many times a document was asked for since start: for tests. */
    public long lookups() {
        return lookups.get();
    }

    /** How many times a document was parsed and validated here since start: for tests. */
    public long computed() {
        return computed.get();
    }
}
