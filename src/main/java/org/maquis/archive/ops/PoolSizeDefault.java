package org.maquis.archive.ops;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The default size of the reactive pool, {@value #NAME}: three connections per processor this machine gives the API.
 * Measured on these 2-core machines with the database beside the API, against PostgreSQL's usual rule of about
 * twice the cores: with 20 connections the backends queued for the cores and our slowest hundredth of requests
 * (p99) took several times PostGraphile's; with 12 p99 still doubled; with 4 the event loops waited for
 * connections and served up to a fifth fewer requests. With 8, 6 and 4 side by side at a million people, three
 * alternating runs of each query of the benchmark: 6 served from 13% fewer (a person by slug) to 16%
 * more (the nested query) requests than 8 and had the lower p99 for every query (the timeline 30 ms against 47,
 * the nested query 52 against 90). Fewer backends at once leave the cores to the event loops, and the requests
 * wait in the pool's queue, in order, instead of in the scheduler's. {@code MAQUIS_DB_POOL_SIZE} overrides it
 * (application.properties); a database on a larger machine of its own deserves a pool sized for its cores.
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
        return NAME.equals(propertyName) ? String.valueOf(3 * Runtime.getRuntime().availableProcessors()) : null;
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
