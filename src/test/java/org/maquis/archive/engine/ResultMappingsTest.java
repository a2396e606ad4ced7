package org.maquis.archive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
            "mix/nested", "mix/three-levels", "mix/last-page", "mix/search", "mix/counted", "scale/cells-leaders-people");

    @Inject
    Mutiny.SessionFactory sessions;

    @TestHTTPResource("/graphql")
    URI endpoint;

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

    /**
     * One resolved mapping serves concurrent executions (on both event loops): each of many reads sent at once
     * answers exactly what it answers alone.
     */
    @Test
    void concurrentReadsShareMappingsAndEachAnswersAlone() throws Exception {
        String marlena = GraphQL.run("mix/person-by-slug").statusCode(200).extract().path("data.person.id");
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, String> alone = new LinkedHashMap<>();
        for (String operation : READS) {
            Map<String, Object> variables = operation.equals("mix/node") ? Map.of("id", marlena) : Map.of();
            String body = Json.createObjectBuilder().add("query", GraphQL.read("graphql/" + operation + ".graphql"))
                    .add("variables", Json.createObjectBuilder(variables)).build().toString();
            bodies.put(operation, body);
            alone.put(operation, GraphQL.post(body).statusCode(200).extract().asString());
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> sent = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int round = 0; round < 40; round++) {
            for (Map.Entry<String, String> read : bodies.entrySet()) {
                sent.add(read.getKey());
                HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(read.getValue())).build();
                answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
        }
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> answer = answers.get(i).get(60, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), sent.get(i));
            assertEquals(GraphQL.json(alone.get(sent.get(i))), GraphQL.json(answer.body()), sent.get(i));
        }
    }

    private static void readEverything() {
        String marlena = GraphQL.run("mix/person-by-slug").statusCode(200).extract().path("data.person.id");
        for (String operation : READS) {
            GraphQL.answered(GraphQL.run(operation, operation.equals("mix/node") ? Map.of("id", marlena) : Map.of()));
        }
    }

    private SessionFactoryImplementor orm() throws ReflectiveOperationException {
        Object factory = ClientProxy.unwrap(sessions);
        Field delegate = factory.getClass().getDeclaredField("delegate");
        delegate.setAccessible(true);
        return (SessionFactoryImplementor) delegate.get(factory);
    }
}
