package org.maquis.archive.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Says at start-up where the API and its explorer are. */
@ApplicationScoped
public class StartupLog {

    private static final Logger LOG = Logger.getLogger(StartupLog.class);

    void started(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost") String host,
            @ConfigProperty(name = "quarkus.http.port") int port,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path) {
        String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port;
        LOG.infof("Maquis Archive GraphQL API: POST %s%s (schema at %s%s/schema.graphql)", base, path, base, path);
        LOG.infof("Maquis Archive explorer (GraphiQL): %s/q/graphql-ui", base);
    }
}
