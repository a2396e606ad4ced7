package org.maquis.archive.graph;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.GraphQLError;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks each POST to the GraphQL endpoint before SmallRye sees it, so that a client's mistake is always
 * an error with `extensions.code` BAD_USER_INPUT, never an HTTP 500 or a bare message:
 * broken JSON or a non-object body, a `query` that is not a non-empty string, an `operationName` that is
 * not a string, `variables` or `extensions` that are not objects (answered with HTTP 400), and a document
 * that does not parse or validate against the schema (answered with HTTP 200, as GraphQL errors).
 */
@ApplicationScoped
public class RequestCheck {

    static final int MAX_BODY_BYTES = 100_000;

    private final Instance<GraphQLSchema> schema;
    private final String path;

    public RequestCheck(Instance<GraphQLSchema> schema,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path) {
        this.schema = schema;
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
        ParseAndValidateResult document = ParseAndValidate.parseAndValidate(schema.get(),
                ExecutionInput.newExecutionInput(body.getString("query")).build());
        if (document.isFailure()) {
            JsonArray errors = new JsonArray();
            document.getErrors().forEach(e -> errors.add(located(error(e.getMessage()), e)));
            reply(ctx, 200, errors);
            return;
        }
        ctx.next();
    }

    /** What is wrong with the request's shape, or null; copies the parsed body into {@code body}. */
    private static String shapeProblem(RoutingContext ctx, JsonObject body) {
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
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

    private static void reply(RoutingContext ctx, int status, JsonArray errors) {
        if (!ctx.response().ended()) {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("errors", errors).encode());
        }
    }
}
