package org.maquis.archive.ops;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The default size of the reactive pool, {@value #NAME}: four connections per processor this machine gives the API.
 * Measured on these 2-core machines with the database beside the API, against PostgreSQL's usual rule of about
 * twice the cores: with 20 connections the backends queued for the cores and our slowest hundredth of requests
 * (p99) took several times PostGraphile's; with 12 p99 still doubled; with 4 the event loops waited for
 * connections and served a quarter fewer requests; 8 kept both throughput and p99. {@code MAQUIS_DB_POOL_SIZE}
 * overrides it (application.properties); a database on a larger machine of its own deserves a pool sized for its
 * cores.
 */
public class PoolSizeDefault implements ConfigSource {

    static final String NAME = "maquis.db.default-pool-size";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(NAME);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(NAME, getValue(NAME));
    }

    @Override
    public String getValue(String propertyName) {
        return NAME.equals(propertyName) ? String.valueOf(4 * Runtime.getRuntime().availableProcessors()) : null;
    }

    @Override
    public String getName() {
        return "maquis-pool-size-default";
    }

    /** Below application.properties (250) and the environment (300): a default, nothing more. */
    @Override
    public int getOrdinal() {
        return 50;
    }
}
