package org.maquis.archive.http;

import graphql.GraphQLError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import org.maquis.archive.ops.GraphQLOutcome;

/**
 * How a request refused before execution is answered ({@link RequestCheck}): GraphQL errors with a code, in the
 * media type the client accepts, with the status GraphQL-over-HTTP gives them.
 */
final class EarlyAnswers {

    static final String JSON = RequestShape.JSON;
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private EarlyAnswers() {
    }

    /** Sends errors found before execution, with the status GraphQL-over-HTTP gives them; always null. */
    static RequestShape refused(RoutingContext ctx, JsonArray errors) {
        reply(ctx, GRAPHQL_RESPONSE.equals(responseType(ctx)) ? 400 : 200, errors);
        return null;
    }

    static JsonObject located(JsonObject error, GraphQLError source) {
        if (source.getLocations() != null && !source.getLocations().isEmpty()) {
            JsonArray locations = new JsonArray();
            source.getLocations().forEach(l -> locations.add(new JsonObject().put("line", l.getLine()).put("column", l.getColumn())));
            error.put("locations", locations);
        }
        return error;
    }

    static JsonObject error(String code, String message) {
        return new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
    }

    /**
     * The media type to answer in: the first the client accepts of the two GraphQL-over-HTTP defines;
     * `application/json` when it names neither, with no Accept header or a wildcard (the specification's SHOULD).
     */
    static String responseType(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        if (accept != null) {
            for (String entry : accept.split(",")) {
                String type = entry.split(";")[0].trim().toLowerCase(Locale.ROOT);
                if (type.equals(JSON) || type.equals(GRAPHQL_RESPONSE)) {
                    return type;
                }
            }
        }
        return JSON;
    }

    static void reply(RoutingContext ctx, int status, JsonArray errors) {
        if (!ctx.response().ended()) {
            GraphQLOutcome.refused(ctx, errors);
            ctx.response().setStatusCode(status).putHeader("Content-Type", responseType(ctx) + "; charset=utf-8")
                    .end(new JsonObject().put("errors", errors).encode());
        }
    }
}
