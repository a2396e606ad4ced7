package org.maquis.archive.http;

import static org.maquis.archive.http.EarlyAnswers.error;
import static org.maquis.archive.http.EarlyAnswers.located;
import static org.maquis.archive.http.EarlyAnswers.refused;
import static org.maquis.archive.http.EarlyAnswers.reply;
import static org.maquis.archive.http.EarlyAnswers.responseType;

import org.maquis.archive.input.ArgumentValues;

import graphql.GraphQLContext;
import graphql.GraphQLException;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks each request to the GraphQL endpoint before SmallRye sees it, so that every refusal is a GraphQL error
 * with `extensions.code`, never an HTTP 500 or a bare status, and nothing runs for a request that is refused:
 * <ul>
 * <li>BAD_USER_INPUT, HTTP 400: a malformed request (see {@link RequestShape}); HTTP 415: a POST body in another
 * charset than UTF-8 (see {@link BodyCharset});</li>
 * <li>LIMIT_EXCEEDED, HTTP 413: a POST body over the limit;</li>
 * <li>BAD_USER_INPUT: a document that does not parse or validate, names no operation to run, or has variables that
 * do not fit it; any argument value the boundary refuses ({@link ArgumentValues}); LIMIT_EXCEEDED: a document or an
 * operation over a limit of {@link RequestLimits}. Both HTTP 200 for `application/json`, 400 for
 * `application/graphql-response+json`, as GraphQL-over-HTTP has it;</li>
 * <li>HTTP 405 with `Allow: POST`: a mutation over GET;</li>
 * <li>PERSISTED_QUERY_NOT_FOUND, PERSISTED_QUERY_NOT_ALLOWED (an allow list is on): see {@link PersistedQueries},
 * which also finds the document of a request that names it by hash.</li>
 * </ul>
 * What passes goes on to SmallRye as the POST it checked: a GET's query string becomes that POST's body, and
 * `null` members are left out (SmallRye fails on `"variables": null`). Answers use the media type the client accepts,
 * `application/json` when it names none or a wildcard. Documents are parsed and validated through
 * {@link DocumentCache}, which SmallRye's execution then reuses.
 */
@ApplicationScoped
public class RequestCheck {

    static final String JSON = EarlyAnswers.JSON;
    static final String GRAPHQL_RESPONSE = EarlyAnswers.GRAPHQL_RESPONSE;
    /** Marks a GET that was checked and handed on as a POST. */
    private static final String CHECKED = RequestCheck.class.getName() + ".checked";
    /** Marks a request handed on to SmallRye: a failure after that is not the request's fault. */
    private static final String HANDED_ON = RequestCheck.class.getName() + ".handedOn";

    private final Instance<GraphQLSchema> schema;
    private final DocumentCache documents;
    private final LimitCheck limits;
    private final PersistedQueries persisted;
    private final String path;
    /**
     * The errors of each operation that do not depend on the request ({@link #requestFree}), found once: keyed by the
     * parsed operation, which lives as long as its document in {@link DocumentCache} (weakly held here, so a document
     * dropped there goes from here too).
     */
    private final Map<OperationDefinition, JsonArray> checked = Collections.synchronizedMap(new WeakHashMap<>());

    public RequestCheck(Instance<GraphQLSchema> schema, DocumentCache documents, LimitCheck limits,
            PersistedQueries persisted, @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path) {
        this.schema = schema;
        this.documents = documents;
        this.limits = limits;
        this.persisted = persisted;
        this.path = path;
    }

    void install(@Observes Router router) {
        router.post(path).order(-100).handler(BodyHandler.create().setBodyLimit(limits.limits().bodyBytes()))
                .handler(this::post).failureHandler(this::unreadable);
        // The body handler marks the GET's (empty) body read, so that the POST it becomes keeps the body set here.
        // A subscription's WebSocket upgrade is a GET too: it goes on to SmallRye untouched (its body unread).
        BodyHandler body = BodyHandler.create();
        router.get(path).order(-100).handler(ctx -> {
            if (isUpgrade(ctx)) {
                ctx.next();
            } else {
                body.handle(ctx);
            }
        }).handler(this::get).failureHandler(this::unreadable);
    }

    private void post(RoutingContext ctx) {
        if (ctx.get(CHECKED) != null) {
            forward(ctx);
            return;
        }
        RequestShape shape = RequestShape.ofBody(ctx);
        if (shape.problem() != null) {
            reply(ctx, shape.status(), new JsonArray().add(error("BAD_USER_INPUT", shape.problem())));
        } else if ((shape = runnable(ctx, shape, false)) != null) {
            handOn(ctx, shape);
            forward(ctx);
        }
    }

    private void get(RoutingContext ctx) {
        if (isUpgrade(ctx)) {
            ctx.next();
            return;
        }
        RequestShape shape = RequestShape.ofQueryString(ctx);
        if (shape.problem() != null) {
            reply(ctx, 400, new JsonArray().add(error("BAD_USER_INPUT", shape.problem())));
        } else if ((shape = runnable(ctx, shape, true)) != null) {
            ctx.put(CHECKED, true);
            ctx.put(HANDED_ON, true);
            handOn(ctx, shape);
            ctx.reroute(HttpMethod.POST, ctx.request().path());
        }
    }

    /**
     * Makes the checked request the body SmallRye reads: JSON in UTF-8, with a `Content-Type` that says so. SmallRye
     * decodes the body again with the header's charset, so the header a client sent (a GET's is not checked; a POST's
     * may list entries SmallRye's parser reads as one charset) must not reach it.
     */
    private static void handOn(RoutingContext ctx, RequestShape shape) {
        ctx.request().headers().set("Content-Type", JSON + "; charset=utf-8");
        ctx.setBody(Buffer.buffer(shape.request().encode()));
    }

    /**
     * The request to run, with its document (a persisted query's found by its hash); null when it may not run, the
     * refusal then sent.
     */
    private RequestShape runnable(RoutingContext ctx, RequestShape given, boolean overGet) {
        PersistedQueries.Resolved resolved = persisted.resolve(given);
        if (resolved.code() != null) {
            return refused(ctx, new JsonArray().add(error(resolved.code(), resolved.message())));
        }
        RequestShape shape = resolved.shape();
        String query = shape.query();
        // A document already cached parsed and validated within the limits once.
        String tooLarge = documents.holds(query) ? null : limits.documentProblem(query);
        if (tooLarge != null) {
            return refused(ctx, new JsonArray().add(error("LIMIT_EXCEEDED", tooLarge)));
        }
        PreparsedDocumentEntry document = documents.validated(query);
        if (overGet && isMutation(document.getDocument(), shape.operationName())) {
            ctx.response().putHeader("Allow", "POST");
            reply(ctx, 405, new JsonArray().add(error("BAD_USER_INPUT", "A mutation runs over POST only.")));
            return null;
        }
        JsonArray errors = new JsonArray();
        if (document.hasErrors()) {
            // graphql-java's words for a literal that does not fit print its syntax tree; the boundary's instead.
            List<String> literals = ArgumentValues.ofInvalid(schema.get(), document);
            document.getErrors().stream().filter(e -> literals.isEmpty() || !ArgumentValues.aboutLiterals(e))
                    .forEach(e -> errors.add(located(error("BAD_USER_INPUT", e.getMessage()), e)));
            literals.forEach(p -> errors.add(error("BAD_USER_INPUT", p)));
        } else {
            operationErrors(document.getDocument(), shape, errors);
        }
        if (!errors.isEmpty()) {
            return refused(ctx, errors);
        }
        persisted.remember(shape);
        return shape;
    }

    /** What keeps the document's operation from running with these variables, added to {@code errors}. */
    private void operationErrors(Document document, RequestShape shape, JsonArray errors) {
        String operationName = shape.operationName();
        List<OperationDefinition> chosen = operations(document, operationName);
        if (chosen.isEmpty()) {
            errors.add(error("BAD_USER_INPUT", "The document has no operation named `" + operationName + "`."));
            return;
        }
        if (chosen.size() > 1) {
            errors.add(error("BAD_USER_INPUT", "The document holds several operations: name one in `operationName`."));
            return;
        }
        OperationDefinition operation = chosen.get(0);
        // What does not depend on the request is found once per operation.
        checked.computeIfAbsent(operation, o -> requestFree(document, o))
                .forEach(e -> errors.add(((JsonObject) e).copy())); // a refusal writes its request id into each
        if (!errors.isEmpty() || operation.getVariableDefinitions().isEmpty()) {
            return;
        }
        List<String> refused = ArgumentValues.ofVariables(schema.get(), operation, shape.variables().getMap());
        if (!refused.isEmpty()) {
            refused.forEach(p -> errors.add(error("BAD_USER_INPUT", p)));
            return;
        }
        Map<String, Object> variables;
        try {
            variables = ValuesResolver.coerceVariableValues(schema.get(), operation.getVariableDefinitions(),
                    RawVariables.of(shape.variables().getMap()), GraphQLContext.getDefault(), Locale.ROOT).toMap();
        } catch (GraphQLException e) {
            // ArgumentValues has refused what graphql-java refuses, in the API's words; should something remain, its
            // words may name Java types, so they are not repeated.
            errors.add(error("BAD_USER_INPUT", "The variables do not fit the types the operation declares."));
            return;
        }
        limits.operationProblems(document, operation, variables).forEach(p -> errors.add(error("LIMIT_EXCEEDED", p)));
    }

    /**
     * The errors of the operation that no request changes: its literal values refused at the boundary
     * ({@link ArgumentValues}); for an operation without variables, its limits too.
     */
    private JsonArray requestFree(Document document, OperationDefinition operation) {
        JsonArray found = new JsonArray();
        ArgumentValues.ofLiterals(schema.get(), document, operation).forEach(p -> found.add(error("BAD_USER_INPUT", p)));
        if (found.isEmpty() && operation.getVariableDefinitions().isEmpty()) {
            limits.operationProblems(document, operation, Map.of()).forEach(p -> found.add(error("LIMIT_EXCEEDED", p)));
        }
        return found;
    }

    private static boolean isUpgrade(RoutingContext ctx) {
        return ctx.request().headers().contains("Upgrade", "websocket", true);
    }

    private static List<OperationDefinition> operations(Document document, String operationName) {
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(o -> operationName == null || operationName.equals(o.getName())).toList();
    }

    private static boolean isMutation(Document document, String operationName) {
        if (document == null) {
            return false;
        }
        List<OperationDefinition> chosen = operations(document, operationName);
        return chosen.size() == 1 && chosen.get(0).getOperation() == OperationDefinition.Operation.MUTATION;
    }

    /** SmallRye answers `application/graphql-response+json` to a wildcard; this says `application/json` then. */
    private static void forward(RoutingContext ctx) {
        ctx.put(HANDED_ON, true);
        if (JSON.equals(responseType(ctx))) {
            ctx.addHeadersEndHandler(ignored -> {
                String type = ctx.response().headers().get("Content-Type");
                if (type != null && type.startsWith(GRAPHQL_RESPONSE)) {
                    ctx.response().headers().set("Content-Type", JSON + "; charset=UTF-8");
                }
            });
        }
        ctx.next();
    }

    /**
     * A request that failed before it was handed on: a body over the limit, or one (or a query string) that cannot be
     * decoded, which Vert.x reports as an IllegalArgumentException ("invalid hex byte", HostileInputTest found one). Say so as
     * GraphQL does; any other failure, or one after the hand-off, goes on to the server's own handler.
     */
    private void unreadable(RoutingContext ctx) {
        if (ctx.get(HANDED_ON) != null) {
            ctx.next();
        } else if (ctx.statusCode() == 413) {
            reply(ctx, 413, new JsonArray().add(error("LIMIT_EXCEEDED",
                    limits.bodyProblem(ctx.request().getHeader("Content-Length")))));
        } else if (ctx.statusCode() == 400 || ctx.failure() instanceof IllegalArgumentException) {
            reply(ctx, 400, new JsonArray().add(error("BAD_USER_INPUT", "The request cannot be read: a malformed body or query string.")));
        } else {
            ctx.next();
        }
    }
}
