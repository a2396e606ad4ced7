package org.maquis.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a request is read into one shape, without a server: a GET's query string and a POST's headers and body, given
 * through a stand-in {@link RoutingContext} that answers only what {@link RequestShape} asks (the body as Vert.x Web
 * reads it: null when empty, else the buffer's JSON object). CharsetTest and HttpTest send the same over HTTP.
 */
class RequestShapeTest {

    @Test
    void aGetKeepsTheGivenFieldsAndReadsVariablesAndExtensionsAsJson() {
        RequestShape shape = RequestShape.ofQueryString(get(Map.of("query", List.of("query P($s: String) { person(slug: $s) { name } }"),
                "operationName", List.of("P"), "variables", List.of("{\"s\": \"kira\"}"), "extensions", List.of(""))));
        assertNull(shape.problem());
        assertEquals(200, shape.status());
        assertEquals("P", shape.operationName());
        assertEquals(new JsonObject().put("s", "kira"), shape.variables());
        assertEquals(new JsonObject().put("query", "query P($s: String) { person(slug: $s) { name } }").put("operationName", "P")
                .put("variables", new JsonObject().put("s", "kira")), shape.request());
    }

    @Test
    void aGetWithoutVariablesHasEmptyVariablesAndANullIsLeftOut() {
        RequestShape shape = RequestShape.ofQueryString(get(Map.of("query", List.of("{ a }"), "variables", List.of("null"))));
        assertNull(shape.problem());
        assertEquals(new JsonObject().put("query", "{ a }"), shape.request());
        assertEquals(new JsonObject(), shape.variables());
        assertNull(shape.operationName());
        assertNull(shape.persistedQuery());
    }

    @Test
    void aGetIsRefusedForAFieldTwiceNoQueryOrVariablesThatAreNoObject() {
        malformed("Give `query` once.", RequestShape.ofQueryString(get(Map.of("query", List.of("{ a }", "{ b }")))));
        malformed("`query` must be a non-empty string.", RequestShape.ofQueryString(get(Map.of())));
        malformed("`query` must be a non-empty string.", RequestShape.ofQueryString(get(Map.of("query", List.of("  \n")))));
        malformed("`variables` must be a JSON object.", RequestShape.ofQueryString(get(Map.of("query", List.of("{ a }"), "variables", List.of("{")))));
        malformed("`variables` must be an object or null.", RequestShape.ofQueryString(get(Map.of("query", List.of("{ a }"), "variables", List.of("[1]")))));
        malformed("`extensions` must be an object or null.", RequestShape.ofQueryString(get(Map.of("query", List.of("{ a }"), "extensions", List.of("\"x\"")))));
    }

    @Test
    void aPersistedQueryNamedByHashAloneNeedsNoText() {
        String extensions = "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"ab\"}}";
        RequestShape shape = RequestShape.ofQueryString(get(Map.of("extensions", List.of(extensions))));
        assertNull(shape.problem());
        assertNull(shape.query());
        assertEquals(new JsonObject().put("version", 1).put("sha256Hash", "ab"), shape.persistedQuery());
        RequestShape withText = shape.withQuery("{ a }");
        assertEquals("{ a }", withText.query());
        assertNull(shape.query(), "withQuery leaves the request it came from as it was");
        malformed("`query` must be a non-empty string.", RequestShape.ofQueryString(get(Map.of("extensions", List.of("{\"persistedQuery\": null}")))));
    }

    @Test
    void aPostIsJsonInUtf8() {
        for (String type : List.of("application/json", "Application/JSON; charset=UTF-8", "application/json;charset=\"utf-8\"",
                "application/json, application/json")) {
            RequestShape shape = RequestShape.ofBody(post(type, "{\"query\": \"{ a }\", \"operationName\": null, \"variables\": null}"));
            assertNull(shape.problem(), type);
            assertEquals(new JsonObject().put("query", "{ a }"), shape.request(), type);
        }
    }

    @Test
    void aPostInAnotherTypeOrCharsetIsRefused() {
        for (String type : new String[] {null, "text/plain", "application/graphql", "multipart/form-data"}) {
            malformed("Send the request as `Content-Type: application/json`.", RequestShape.ofBody(post(type, "{\"query\": \"{ a }\"}")));
        }
        RequestShape latin = RequestShape.ofBody(post("application/json; charset=latin1", "{\"query\": \"{ a }\"}"));
        assertEquals(415, latin.status());
        assertEquals(BodyCharset.problem("latin1"), latin.problem());
        assertNull(latin.request());
    }

    @Test
    void aPostBodyThatIsNoRequestIsRefused() {
        malformed("The request body is empty.", RequestShape.ofBody(post("application/json", "")));
        malformed("The request body is not a JSON object.", RequestShape.ofBody(post("application/json", "{\"query\": ")));
        malformed("The request body is not a JSON object.", RequestShape.ofBody(post("application/json", "[{\"query\": \"{ a }\"}]")));
        malformed("`query` must be a non-empty string.", RequestShape.ofBody(post("application/json", "{\"query\": 1}")));
        malformed("`operationName` must be a string or null.", RequestShape.ofBody(post("application/json", "{\"query\": \"{ a }\", \"operationName\": 1}")));
        malformed("`variables` must be an object or null.", RequestShape.ofBody(post("application/json", "{\"query\": \"{ a }\", \"variables\": \"{}\"}")));
    }

    private static void malformed(String problem, RequestShape shape) {
        assertEquals(problem, shape.problem());
        assertEquals(400, shape.status());
        assertNull(shape.request());
    }

    private static RoutingContext get(Map<String, List<String>> params) {
        return context(null, null, params);
    }

    private static RoutingContext post(String contentType, String body) {
        return context(contentType, body, Map.of());
    }

    /** A routing context that answers only the query string, the `Content-Type` header and the body. */
    private static RoutingContext context(String contentType, String body, Map<String, List<String>> params) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        if (contentType != null) {
            headers.add("Content-Type", contentType);
        }
        HttpServerRequest request = stub(HttpServerRequest.class, (name, args) -> switch (name) {
            case "getHeader" -> headers.get((String) args[0]);
            case "headers" -> headers;
            default -> null;
        });
        RequestBody requestBody = stub(RequestBody.class, (name, args) -> name.equals("asJsonObject")
                ? body == null || body.isEmpty() ? null : Buffer.buffer(body).toJsonObject() : null);
        return stub(RoutingContext.class, (name, args) -> switch (name) {
            case "queryParam" -> params.getOrDefault((String) args[0], List.of());
            case "request" -> request;
            case "body" -> requestBody;
            default -> null;
        });
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T stub(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(RequestShapeTest.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Object result = answer.answer(method.getName(), args);
            if (result == null && !List.of("getHeader", "asJsonObject").contains(method.getName())) {
                throw new UnsupportedOperationException("RequestShape asked the stand-in for " + method);
            }
            return result;
        }));
    }
}
