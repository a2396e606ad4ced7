package org.maquis.archive.explorer;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The GraphiQL explorer's page at {@value #ROOT}: ours in place of SmallRye's, over the GraphiQL bundle that the
 * extension (smallrye-graphql-ui-graphiql) still serves beside it. SmallRye's page cannot be configured to keep a
 * token out of the address bar (its render.js writes every editor into the URL) nor to open on a query of the
 * archive, so these routes, ahead of the extension's, answer for its page and add our script and first query
 * (resources under {@code explorer/}; explorer.js says what the page keeps and what it never keeps).
 */
@ApplicationScoped
public class ExplorerPage {

    /** Where the extension serves GraphiQL (quarkus.smallrye-graphql.ui.root-path under /q); README links it. */
    public static final String ROOT = "/q/graphql-ui/";

    void install(@Observes Router router) {
        serve(router, ROOT, "index.html", "text/html; charset=utf-8");
        serve(router, ROOT + "index.html", "index.html", "text/html; charset=utf-8");
        serve(router, ROOT + "explorer.js", "explorer.js", "text/javascript; charset=utf-8");
        serve(router, ROOT + "first-query.graphql", "first-query.graphql", "text/plain; charset=utf-8");
    }

    private static void serve(Router router, String path, String resource, String contentType) {
        Buffer body = Buffer.buffer(read(resource));
        // Ahead of the extension's routes (default order), behind RequestIds (-1000). Not cached, so that a browser
        // never keeps SmallRye's page, which the extension marks immutable for a day, or an older one of ours.
        router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).order(-50).handler(ctx -> ctx.response()
                .putHeader("Content-Type", contentType)
                .putHeader("Cache-Control", "no-cache")
                .putHeader("Referrer-Policy", "no-referrer")
                .end(body));
    }

    private static byte[] read(String resource) {
        try (InputStream in = ExplorerPage.class.getClassLoader().getResourceAsStream("explorer/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("explorer/" + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
