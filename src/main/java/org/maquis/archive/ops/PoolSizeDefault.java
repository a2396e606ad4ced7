package org.maquis.archive.ops;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The default size of the reactive pool, {@value #NAME}: twice the processors this machine gives the API, the usual
 * rule for PostgreSQL (its backends can only run as many statements at once as there are cores, and a few more wait
 * on I/O). More connections than that make every statement wait its turn for a core behind the others: on these
 * 2-core machines, with the database beside the API, a pool of 20 doubled the slowest hundredth of requests (p99)
 * at the same throughput. {@code MAQUIS_DB_POOL_SIZE} overrides it (application.properties); a database on a larger
 * machine of its own deserves a larger pool.
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
        return NAME.equals(propertyName) ? String.valueOf(2 * Runtime.getRuntime().availableProcessors()) : null;
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
