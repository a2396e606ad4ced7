package org.maquis.archive.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this suite runs against the PostgreSQL that {@link PostgresResource} provides. */
@QuarkusTestResource(PostgresResource.class)
public final class Database {

    private Database() {
    }
}
