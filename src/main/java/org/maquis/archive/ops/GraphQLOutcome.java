package org.maquis.archive.ops;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.validation.ValidationError;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.api.ErrorCode;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What one GraphQL request came to: the operation that ran (if one did) and the code of each error of its answer.
 * Started by {@link GraphQLRequests} and kept in the request's RoutingContext and its Vert.x context, where SmallRye
 * starts the execution; filled by RequestCheck (errors it answers before execution) and by the execution hooks (the
 * operation and its errors); read when the answer is sent.
 */
public final class GraphQLOutcome {

    static final String KEY = GraphQLOutcome.class.getName();

    /** One error of the answer; {@code cause} is the exception behind it, when there is one. */
    public record Failure(String code, String message, Throwable cause) {
    }

    private volatile boolean executed;
    private volatile String operation;
    private final List<Failure> failures = new CopyOnWriteArrayList<>();

    /** Errors answered before execution: counted here, and each given the request id SmallRye's errors carry. */
    public static void refused(RoutingContext ctx, JsonArray errors) {
        String requestId = ctx.get(RequestIds.MDC_KEY);
        GraphQLOutcome outcome = ctx.get(KEY);
        for (Object error : errors) {
            JsonObject extensions = ((JsonObject) error).getJsonObject("extensions");
            if (requestId != null) {
                extensions.put(RequestIds.MDC_KEY, requestId);
            }
            if (outcome != null) {
                outcome.failures.add(new Failure(extensions.getString("code"), ((JsonObject) error).getString("message"), null));
            }
        }
    }

    /** Starts the outcome of the request that {@code ctx} serves, on the request's own Vert.x context. */
    static GraphQLOutcome start(RoutingContext ctx) {
        GraphQLOutcome outcome = new GraphQLOutcome();
        ctx.put(KEY, outcome);
        Context here = Vertx.currentContext();
        if (here != null && VertxContext.isDuplicatedContext(here)) {
            here.putLocal(KEY, outcome);
        }
        return outcome;
    }

    /** The outcome of the request whose Vert.x context runs this (SmallRye starts executions on it), or null. */
    public static GraphQLOutcome current() {
        Context here = Vertx.currentContext();
        return here != null && VertxContext.isDuplicatedContext(here) ? here.getLocal(KEY) : null;
    }

    /** The operation that runs; null for an anonymous one. */
    public void executing(String name) {
        executed = true;
        operation = name;
    }

    /** The errors of the executed operation's answer. */
    public void answered(List<GraphQLError> errors) {
        errors.forEach(e -> failures.add(failure(e)));
    }

    boolean executed() {
        return executed;
    }

    String operation() {
        return operation;
    }

    List<Failure> failures() {
        return failures;
    }

    /** The code SmallRye shows for the error: its exception's {@link ErrorCode}, else INTERNAL. */
    static Failure failure(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = fetching.getException();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            ErrorCode code = cause.getClass().getAnnotation(ErrorCode.class);
            return new Failure(code == null ? "INTERNAL" : code.value(), cause.getMessage(), cause);
        }
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code == null) {
            code = error instanceof ValidationError || error instanceof InvalidSyntaxError ? "BAD_USER_INPUT" : "INTERNAL";
        }
        return new Failure(code.toString(), error.getMessage(), null);
    }
}
