package org.maquis.archive.graph;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphQLException;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks each POST to the GraphQL endpoint before SmallRye sees it, so that a client's mistake is always
 * an error with `extensions.code` BAD_USER_INPUT, never an HTTP 500 or a bare message:
 * broken JSON or a non-object body, a `query` that is not a non-empty string, an `operationName` that is
 * not a string, `variables` or `extensions` that are not objects (HTTP 400); a document that does not parse
 * or validate against the schema, names no operation to run, or has variables that do not fit it (HTTP 200 for `application/json`, 400 for
 * `application/graphql-response+json`, as the GraphQL-over-HTTP specification has it).
 * Replies use the media type the client accepts, as SmallRye's own replies do.
 * The document is parsed and validated through {@link DocumentCache}, which SmallRye's execution then reuses.
 */
@ApplicationScoped
public class RequestCheck {

    static final int MAX_BODY_BYTES = 100_000;
    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private final Instance<GraphQLSchema> schema;
    private final DocumentCache documents;
    private final String path;

    public RequestCheck(Instance<GraphQLSchema> schema, DocumentCache documents,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path) {
        this.schema = schema;
        this.documents = documents;
        this.path = path;
    }

    void install(@Observes Router router) {
        router.post(path).order(-100).handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES)).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        JsonObject body = new JsonObject();
        String problem = shapeProblem(ctx, body);
        if (problem != null) {
            reply(ctx, 400, new JsonArray().add(error(problem)));
            return;
        }
        PreparsedDocumentEntry document = documents.validated(body.getString("query"));
        JsonArray errors = new JsonArray();
        if (document.hasErrors()) {
            document.getErrors().forEach(e -> errors.add(located(error(e.getMessage()), e)));
        } else {
            String unrunnable = operationProblem(document.getDocument(), body);
            if (unrunnable != null) {
                errors.add(error(unrunnable));
            }
        }
        if (errors.isEmpty()) {
            ctx.next();
        } else {
            reply(ctx, GRAPHQL_RESPONSE.equals(responseType(ctx)) ? 400 : 200, errors);
        }
    }

    /** Why the document has no operation to run for this `operationName` and these variables, or null. */
    private String operationProblem(Document document, JsonObject body) {
        String operationName = body.getString("operationName");
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        List<OperationDefinition> chosen = operations.stream()
                .filter(o -> operationName == null || operationName.equals(o.getName())).toList();
        if (chosen.isEmpty()) {
            return "The document has no operation named `" + operationName + "`.";
        }
        if (chosen.size() > 1) {
            return "The document holds several operations: name one in `operationName`.";
        }
        JsonObject variables = body.getJsonObject("variables", new JsonObject());
        try {
            ValuesResolver.coerceVariableValues(schema.get(), chosen.get(0).getVariableDefinitions(),
                    RawVariables.of(variables.getMap()), GraphQLContext.getDefault(), Locale.ROOT);
            return null;
        } catch (GraphQLException e) {
            // graphql-java's own words for the variable at fault, e.g. "Variable 'slug' has an invalid value".
            return e.getMessage();
        }
    }

    /** What is wrong with the request's shape, or null; copies the parsed body into {@code body}. */
    private static String shapeProblem(RoutingContext ctx, JsonObject body) {
        // GraphiQL's fetcher sends the header twice, which arrives as "application/json, application/json".
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.split("[;,]")[0].trim().equalsIgnoreCase(JSON)) {
            return "Send the request as `Content-Type: application/json`.";
        }
        try {
            JsonObject parsed = ctx.body().asJsonObject();
            if (parsed == null) {
                return "The request body is empty.";
            }
            body.mergeIn(parsed);
        } catch (DecodeException | ClassCastException e) {
            return "The request body is not a JSON object.";
        }
        if (!(body.getValue("query") instanceof String query) || query.isBlank()) {
            return "`query` must be a non-empty string.";
        }
        if (body.getValue("operationName") != null && !(body.getValue("operationName") instanceof String)) {
            return "`operationName` must be a string or null.";
        }
        for (String field : List.of("variables", "extensions")) {
            if (body.getValue(field) != null && !(body.getValue(field) instanceof JsonObject)) {
                return "`" + field + "` must be an object or null.";
            }
        }
        return null;
    }

    private static JsonObject located(JsonObject error, GraphQLError source) {
        if (source.getLocations() != null && !source.getLocations().isEmpty()) {
            JsonArray locations = new JsonArray();
            source.getLocations().forEach(l -> locations.add(new JsonObject().put("line", l.getLine()).put("column", l.getColumn())));
            error.put("locations", locations);
        }
        return error;
    }

    private static JsonObject error(String message) {
        return new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", "BAD_USER_INPUT"));
    }

    /**
     * The media type to answer in: the first the client accepts of the two GraphQL-over-HTTP defines; with no
     * Accept header or a wildcard, `application/graphql-response+json`, as SmallRye answers.
     */
    private static String responseType(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        if (accept != null) {
            for (String entry : accept.split(",")) {
                String type = entry.split(";")[0].trim().toLowerCase();
                if (type.equals(JSON)) {
                    return JSON;
                }
                if (type.equals(GRAPHQL_RESPONSE) || type.equals("*/*") || type.equals("application/*")) {
                    return GRAPHQL_RESPONSE;
                }
            }
        }
        return GRAPHQL_RESPONSE;
    }

    private static void reply(RoutingContext ctx, int status, JsonArray errors) {
        if (!ctx.response().ended()) {
            ctx.response().setStatusCode(status).putHeader("Content-Type", responseType(ctx) + "; charset=utf-8")
                    .end(new JsonObject().put("errors", errors).encode());
        }
    }
}
