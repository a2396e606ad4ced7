package org.maquis.archive.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.results.internal.ResultSetMappingImpl;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.sql.results.ReactiveResultSetMapping;
import org.junit.jupiter.api.Test;

/**
 * Hibernate's query plan cache is off (application.properties says why): Hibernate Reactive 3.2 never finds a native
 * query's plan in it again, so with it on every statement of the read path planned anew, stored one more plan under
 * the same SQL, and compared itself with up to 2,048 stored ones.
 */
@QuarkusTest
class PlanCacheTest {

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void theArchivePlansEachStatementWithoutTheCache() throws ReflectiveOperationException {
        assertFalse(orm().getQueryEngine().getInterpretationCache().isEnabled(),
                "a plan cache that Hibernate Reactive never hits only costs lookups among its duplicates");
    }

    /**
     * Why: two cache keys made from one result mapping differ. When an upgrade of Hibernate Reactive makes them
     * equal, this fails: turn the plan cache on again (application.properties) and measure.
     */
    @Test
    void hibernateReactiveCannotFindANativePlanAgain() {
        ReactiveResultSetMapping mapping = new ReactiveResultSetMapping(new ResultSetMappingImpl("Person.page"));
        assertNotEquals(mapping.cacheKeyInstance(), mapping.cacheKeyInstance(),
                "Hibernate Reactive's result mappings compare equal now: the plan cache would work; turn it on again");
    }

    private SessionFactoryImplementor orm() throws ReflectiveOperationException {
        Object factory = ClientProxy.unwrap(sessions);
        Field delegate = factory.getClass().getDeclaredField("delegate");
        delegate.setAccessible(true);
        return (SessionFactoryImplementor) delegate.get(factory);
    }
}
