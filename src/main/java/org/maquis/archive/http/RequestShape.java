package org.maquis.archive.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * A GraphQL-over-HTTP request read into one shape, whichever way it came: a POST's JSON body or a GET's query
 * string (`query`, `operationName`, and `variables` and `extensions` as JSON text). `operationName`, `variables`
 * and `extensions` may be null or absent; the shape leaves out what is null, so that what runs is what was checked.
 * `query` may be absent when `extensions.persistedQuery` names the document instead.
 *
 * @param request the request, or null when it is malformed
 * @param problem why it is malformed, or null
 * @param status the HTTP status of the problem: 400, or 415 for a body in another charset than UTF-8
 */
record RequestShape(JsonObject request, String problem, int status) {

    static final String JSON = "application/json";
    private static final List<String> FIELDS = List.of("query", "operationName", "variables", "extensions");

    /** A request to run ({@code problem} null), or a malformed one (HTTP 400). */
    RequestShape(JsonObject request, String problem) {
        this(request, problem, problem == null ? 200 : 400);
    }

    /** A POST: `Content-Type: application/json` (UTF-8: no charset or `charset=utf-8`) and a JSON object. */
    static RequestShape ofBody(RoutingContext ctx) {
        // GraphiQL's fetcher sends the header twice, which arrives as "application/json, application/json".
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.split("[;,]")[0].trim().equalsIgnoreCase(JSON)) {
            return malformed("Send the request as `Content-Type: application/json`.");
        }
        String charset = BodyCharset.foreign(ctx.request().headers().getAll("Content-Type"));
        if (charset != null) {
            return new RequestShape(null, BodyCharset.problem(charset), 415);
        }
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            return malformed("The request body is not a JSON object.");
        }
        return body == null ? malformed("The request body is empty.") : of(body);
    }

    /** A GET: the same fields in the query string, `variables` and `extensions` as JSON text. */
    static RequestShape ofQueryString(RoutingContext ctx) {
        JsonObject request = new JsonObject();
        for (String field : FIELDS) {
            List<String> values = ctx.queryParam(field);
            if (values.size() > 1) {
                return malformed("Give `" + field + "` once.");
            }
            if (values.isEmpty() || values.get(0).isEmpty()) {
                continue;
            }
            String value = values.get(0);
            if (field.equals("query") || field.equals("operationName")) {
                request.put(field, value);
            } else {
                try {
                    request.put(field, io.vertx.core.json.Json.decodeValue(value));
                } catch (DecodeException e) {
                    return malformed("`" + field + "` must be a JSON object.");
                }
            }
        }
        return of(request);
    }

    private static RequestShape of(JsonObject given) {
        // A persisted query may name its document by hash alone (see PersistedQueries).
        boolean byHash = given.getValue("query") == null && given.getValue("extensions") instanceof JsonObject extensions
                && extensions.getValue("persistedQuery") != null;
        if (!byHash && (!(given.getValue("query") instanceof String query) || query.isBlank())) {
            return malformed("`query` must be a non-empty string.");
        }
        if (given.getValue("operationName") != null && !(given.getValue("operationName") instanceof String)) {
            return malformed("`operationName` must be a string or null.");
        }
        for (String field : List.of("variables", "extensions")) {
            if (given.getValue(field) != null && !(given.getValue(field) instanceof JsonObject)) {
                return malformed("`" + field + "` must be an object or null.");
            }
        }
        JsonObject request = new JsonObject();
        given.forEach(entry -> {
            if (entry.getValue() != null) {
                request.put(entry.getKey(), entry.getValue());
            }
        });
        return new RequestShape(request, null);
    }

    private static RequestShape malformed(String problem) {
        return new RequestShape(null, problem);
    }

    /** The document's text; null when the request names it by hash only. */
    String query() {
        return request.getString("query");
    }

    /** The same request with this document. */
    RequestShape withQuery(String query) {
        return new RequestShape(request.copy().put("query", query), null);
    }

    /** `extensions.persistedQuery`, or null. */
    JsonObject persistedQuery() {
        JsonObject extensions = request.getJsonObject("extensions");
        return extensions == null ? null : extensions.getJsonObject("persistedQuery");
    }

    String operationName() {
        return request.getString("operationName");
    }

    JsonObject variables() {
        return request.getJsonObject("variables", new JsonObject());
    }
}
