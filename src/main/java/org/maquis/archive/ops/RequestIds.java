package org.maquis.archive.ops;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it is sane (1 to 64 letters, digits and
 * {@code . _ : -}), else a new UUID. The id is echoed in the response header, put in the logging MDC as
 * {@value #MDC_KEY} (so every log line of the request carries it; Quarkus keeps the MDC per Vert.x request context,
 * and {@code Reads} hands it to the contexts it makes), and added to the extensions of every GraphQL error.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void install(@Observes Router router) {
        // Before every other route, RequestCheck's included; a GET it hands on as a POST passes here again.
        router.route().order(-1000).handler(RequestIds::assign);
    }

    private static void assign(RoutingContext ctx) {
        String id = ctx.get(MDC_KEY);
        if (id == null) {
            id = sane(ctx.request().getHeader(HEADER));
            ctx.put(MDC_KEY, id);
        }
        // Each pass, the first and a reroute's: a reroute clears the response's headers (a GET that RequestCheck
        // hands on as a POST would answer without its id).
        ctx.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        ctx.next();
    }

    /** The caller's id if it is sane, else a new one: an id that ends up in logs must not forge lines or fields. */
    static String sane(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : random();
    }

    /** A random (version 4) UUID; not a secret, so from the thread's own generator, with no lock to share. */
    private static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The id of the request being served here, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
