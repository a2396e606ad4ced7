package org.maquis.archive.graph;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.sql.results.ReactiveResultSetMapping;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/** Each named result mapping is resolved once per list of columns, not at every execution. */
@QuarkusTest
class ResultMappingsTest {

    /** The benchmark's mix (graphql/mix/) and a query five levels deep: every kind of read. */
    static final List<String> READS = List.of("mix/person-by-slug", "mix/node", "mix/timeline-years",
            "mix/three-levels", "mix/last-page", "mix/search", "mix/counted", "scale/cells-leaders-people");

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void theSessionFactoryTakesItsResultMappingsFromHere() throws ReflectiveOperationException {
        SessionFactoryImplementor orm = orm();
        ResultMappings.Provider provider = assertInstanceOf(ResultMappings.Provider.class,
                orm.getJdbcValuesMappingProducerProvider());
        assertInstanceOf(ReactiveResultSetMapping.class, provider.buildResultSetMapping("Person.page", false, orm),
                "still a mapping Hibernate Reactive executes");
    }

    @Test
    void readsRunAgainResolveNoMapping() throws ReflectiveOperationException {
        ResultMappings.Provider provider = (ResultMappings.Provider) orm().getJdbcValuesMappingProducerProvider();
        readEverything();
        long resolutions = provider.resolutions();
        int kept = provider.kept();
        assertTrue(kept > 0 && kept < ResultMappings.LIMIT, "resolutions kept: " + kept);
        for (int round = 0; round < 3; round++) {
            readEverything();
        }
        assertEquals(resolutions, provider.resolutions(), "mappings resolved again for columns already seen");
        assertEquals(kept, provider.kept());
    }

    private static void readEverything() {
        String marlena = GraphQL.run("mix/person-by-slug").statusCode(200).extract().path("data.person.id");
        for (String operation : READS) {
            GraphQL.run(operation, operation.equals("mix/node") ? Map.of("id", marlena) : Map.of()).statusCode(200)
                    .body("errors", nullValue());
        }
    }

    private SessionFactoryImplementor orm() throws ReflectiveOperationException {
        Object factory = ClientProxy.unwrap(sessions);
        Field delegate = factory.getClass().getDeclaredField("delegate");
        delegate.setAccessible(true);
        return (SessionFactoryImplementor) delegate.get(factory);
    }
}
