package org.maquis.archive.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.maquis.archive.errors.ArchiveError;

/**
 * Measures and logs each GraphQL request once, when its answer is sent, from its {@link GraphQLOutcome}:
 * <ul>
 * <li>{@code maquis_graphql_requests_seconds} (count, sum, buckets) by {@code operation} and {@code outcome}
 * ({@code ok}, or {@code error} when the answer holds an error), and {@code maquis_graphql_errors_total} by
 * {@code operation} and {@code code}. Labels stay few: operation names as {@link OperationNames} bounds them,
 * codes from the documented set;</li>
 * <li>an error a client caused (every code but INTERNAL) as one INFO line, with no stack trace; an INTERNAL one
 * with no incident of its own (an exception the code did not expect) at ERROR with its stack trace. An
 * {@code InternalFailure} has logged itself, at ERROR with its incident id and cause.</li>
 * </ul>
 */
@ApplicationScoped
public class GraphQLRequests {

    static final String INTERNAL = "INTERNAL";
    /**
     * The codes counted and logged as they are; any other is counted as INTERNAL. A persisted-query miss is every
     * Apollo client's first request after a restart, and a refusal by the allow list a client's mistake: client outcomes.
     */
    static final Set<String> CODES = Set.of("BAD_USER_INPUT", "NOT_FOUND", "LIMIT_EXCEEDED", "UNAUTHENTICATED", "FORBIDDEN",
            "CONFLICT", "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_ALLOWED", INTERNAL);
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private static final Logger LOG = Logger.getLogger(GraphQLRequests.class);
    /** When the request came, kept in its RoutingContext across a reroute. */
    private static final String STARTED = GraphQLRequests.class.getName() + ".started";

    private final MeterRegistry registry;
    private final OperationNames names;
    private final String path;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public GraphQLRequests(MeterRegistry registry,
            @ConfigProperty(name = "maquis.metrics.operation-names") int operationNames,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path) {
        this.registry = registry;
        this.names = new OperationNames(operationNames);
        this.path = path;
    }

    void install(@Observes Router router) {
        // Before RequestCheck (-100), so that its refusals are measured too.
        router.route(path).order(-200).handler(this::observe);
    }

    private void observe(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        GraphQLOutcome known = ctx.get(GraphQLOutcome.KEY);
        if (known == null && (method == HttpMethod.GET || method == HttpMethod.POST)) {
            ctx.put(STARTED, System.nanoTime());
            whenAnswered(ctx, GraphQLOutcome.start(ctx));
        } else if (known != null) {
            // A GET that RequestCheck hands on as a POST comes here again: one request, whose reroute cleared the
            // handler added on its first pass.
            whenAnswered(ctx, known);
        }
        ctx.next();
    }

    /**
     * Measures and logs the request when the answer is complete and about to be sent. (SmallRye sets the response's
     * end handler itself, which would displace one added here.)
     */
    private void whenAnswered(RoutingContext ctx, GraphQLOutcome outcome) {
        ctx.addHeadersEndHandler(ended -> finish(ctx, outcome, System.nanoTime() - ctx.<Long>get(STARTED)));
    }

    private void finish(RoutingContext ctx, GraphQLOutcome outcome, long nanos) {
        MDC.put(RequestIds.MDC_KEY, ctx.get(RequestIds.MDC_KEY));
        String operation = names.label(outcome);
        for (GraphQLOutcome.Failure failure : outcome.failures()) {
            String code = CODES.contains(failure.code()) ? failure.code() : INTERNAL;
            registry.counter("maquis.graphql.errors", "operation", operation, "code", code).increment();
            log(operation, code, failure);
        }
        timer(operation, outcome.failures().isEmpty() ? "ok" : "error").record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * The timer of an operation and outcome, built once: as many as {@link OperationNames} has labels, twice.
     * (Micrometer's builder looks the meter up anew, with a new id and tags, on every request.)
     */
    private Timer timer(String operation, String outcome) {
        return timers.computeIfAbsent(operation + "\n" + outcome, key -> Timer.builder("maquis.graphql.requests")
                .description("GraphQL requests by operation and outcome").tags("operation", operation, "outcome", outcome)
                .serviceLevelObjectives(BUCKETS).register(registry));
    }

    private static void log(String operation, String code, GraphQLOutcome.Failure failure) {
        if (!INTERNAL.equals(code)) {
            LOG.infof("%s answered %s: %s", operation, code, oneLine(failure.message()));
        } else if (failure.cause() == null) {
            LOG.errorf("%s answered %s: %s", operation, code, oneLine(failure.message()));
        } else if (!(failure.cause() instanceof ArchiveError)) {
            LOG.errorf(failure.cause(), "%s failed with an unexpected error", operation);
        }
    }

    /** A client's words on one line of reasonable length: they must not forge log lines. */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.replaceAll("\\p{Cntrl}+", " ");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
