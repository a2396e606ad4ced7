package org.maquis.archive.http;

import org.maquis.archive.relay.PageLimits;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@link RequestLimits}, applied: each check measures, compares and words the refusal with the limit and the
 * measured value (`extensions.code` LIMIT_EXCEEDED, see {@link RequestCheck}). Nothing here touches the database.
 */
@ApplicationScoped
public class LimitCheck {

    private final RequestLimits limits;
    private final PageLimits pages;
    private final Supplier<GraphQLSchema> schema;

    @Inject
    public LimitCheck(RequestLimits limits, PageLimits pages, Instance<GraphQLSchema> schema) {
        this(limits, pages, (Supplier<GraphQLSchema>) schema::get);
    }

    LimitCheck(RequestLimits limits, PageLimits pages, Supplier<GraphQLSchema> schema) {
        this.limits = limits;
        this.pages = pages;
        this.schema = schema;
    }

    RequestLimits limits() {
        return limits;
    }

    /** The refusal of a body over the limit; its size when the client declared it. */
    String bodyProblem(String contentLength) {
        String size = contentLength != null && contentLength.matches("\\d{1,18}") ? contentLength
                : "more than " + limits.bodyBytes();
        return "Request body size " + size + " bytes exceeds the limit " + limits.bodyBytes() + ".";
    }

    /** Why the document is too large to parse at all, or null: its characters, then its tokens. */
    public String documentProblem(String query) {
        if (query.length() > limits.documentCharacters()) {
            return "Document size " + query.length() + " characters exceeds the limit " + limits.documentCharacters() + ".";
        }
        int tokens = tokens(query);
        if (tokens > limits.tokens()) {
            return "Token count " + tokens + " exceeds the limit " + limits.tokens() + ".";
        }
        return null;
    }

    /** What the operation asks for beyond the limits: one sentence per limit, none when it may run. */
    public List<String> operationProblems(Document document, OperationDefinition operation, Map<String, Object> variables) {
        OperationMeasure.Measures measures = OperationMeasure.of(schema.get(), document, operation, variables, pages);
        List<String> problems = new ArrayList<>();
        if (measures.depth() > limits.depth()) {
            problems.add("Depth " + measures.depth() + " exceeds the limit " + limits.depth() + ".");
        }
        if (measures.aliases() > limits.aliases()) {
            problems.add("Alias count " + measures.aliases() + " exceeds the limit " + limits.aliases() + ".");
        }
        if (measures.rootFields() > limits.rootFields()) {
            problems.add("Root field count " + measures.rootFields() + " exceeds the limit " + limits.rootFields() + ".");
        }
        if (measures.mostIds() > limits.nodeIds()) {
            problems.add("`nodes(ids:)` with " + measures.mostIds() + " ids exceeds the limit " + limits.nodeIds() + ".");
        }
        if (measures.cost() > limits.cost()) {
            problems.add("Cost " + measures.cost() + " exceeds the limit " + limits.cost()
                    + " (each list counts its page size, and what is selected below it counts once per item).");
        }
        return problems;
    }

    /**
     * The document's lexical tokens as graphql-java's parser reads them (names, punctuators, values; whitespace,
     * commas and comments are ignored). A document that does not parse counts the tokens read up to the error.
     */
    static int tokens(String query) {
        int[] count = {0};
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .parsingListener(token -> count[0]++).maxTokens(Integer.MAX_VALUE).captureSourceLocation(false));
        try {
            Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build());
        } catch (InvalidSyntaxException e) {
            // Counted so far; the document check reports the syntax error itself.
        }
        return count[0];
    }
}
