package org.maquis.archive.engine;

import graphql.ExecutionResult;
import graphql.execution.ExecutionStrategy;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.ClientProxy;
import io.smallrye.graphql.cdi.producer.GraphQLProducer;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.config.Config;
import jakarta.json.JsonObject;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.SubmissionPublisher;

/**
 * SmallRye GraphQL's ExecutionService (2.17), whose answers over HTTP are written as text by {@link AnswerText}: an
 * answer with data and without errors or extensions (every read that succeeds) skips SmallRye's JSON-P tree; any other
 * answer, and everything else the service does, is SmallRye's. Quarkus' HTTP handler asks CDI for the service, which
 * SmallRye's {@link GraphQLProducer} produces from a field; {@link #install} puts this one in that field at start, made
 * with the same schema, strategies and traffic publisher, before the first request looks it up. Measured with
 * src/bench (see README, Latest figures).
 */
final class TextAnswers extends ExecutionService {

    private static final Field ADDED_EXTENSIONS = field(ExecutionResponse.class, "addedExtensions");

    private TextAnswers(GraphQLSchema graphQLSchema, Schema schema, Optional<SubmissionPublisher<String>> traffic,
            ExecutionStrategy query, ExecutionStrategy mutation) {
        super(graphQLSchema, schema, traffic, query, mutation);
    }

    /** Puts a TextAnswers in the producer's field in place of SmallRye's service; answers the service now produced. */
    @SuppressWarnings("unchecked")
    static ExecutionService install(GraphQLProducer producer) throws ReflectiveOperationException {
        GraphQLProducer target = ClientProxy.unwrap(producer);
        Field produced = field(GraphQLProducer.class, "executionService");
        ExecutionService original = (ExecutionService) produced.get(target);
        if (original == null || original instanceof TextAnswers) {
            return original;
        }
        TextAnswers replacement = new TextAnswers(
                (GraphQLSchema) field(ExecutionService.class, "graphQLSchema").get(original),
                (Schema) field(ExecutionService.class, "schema").get(original),
                (Optional<SubmissionPublisher<String>>) field(ExecutionService.class, "traficPublisher").get(original),
                (ExecutionStrategy) field(ExecutionService.class, "queryExecutionStrategy").get(original),
                (ExecutionStrategy) field(ExecutionService.class, "mutationExecutionStrategy").get(original));
        produced.set(target, replacement);
        return replacement;
    }

    @Override
    public void executeAsync(JsonObject input, Map<String, Object> context, ExecutionResponseWriter writer) {
        super.executeAsync(input, context, new Writer(writer));
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(owner.getName() + " has no field " + name + " (has SmallRye changed?)", e);
        }
    }

    /** Hands Quarkus' writer an {@link Answer} in place of SmallRye's response. */
    private record Writer(ExecutionResponseWriter http) implements ExecutionResponseWriter {

        @Override
        public void write(ExecutionResponse response) {
            http.write(Answer.of(response));
        }

        @Override
        public void fail(Throwable failure) {
            http.fail(failure);
        }
    }

    /** SmallRye's response, whose text is {@link AnswerText}'s when the answer is data alone. */
    static final class Answer extends ExecutionResponse {

        private Answer(ExecutionResult result, Map<String, Object> addedExtensions) {
            super(result, addedExtensions);
        }

        @SuppressWarnings("unchecked")
        static ExecutionResponse of(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            Map<String, Object> added;
            try {
                added = (Map<String, Object>) ADDED_EXTENSIONS.get(response);
            } catch (IllegalAccessException e) {
                return response;
            }
            boolean dataAlone = result != null && result.isDataPresent() && result.getErrors().isEmpty()
                    && result.getExtensions() == null && (added == null || added.isEmpty())
                    && !Config.get().isExcludeNullFieldsInResponses();
            return dataAlone ? new Answer(result, added) : response;
        }

        @Override
        public String getExecutionResultAsString() {
            String text = AnswerText.of(getExecutionResult().getData());
            return text != null ? text : super.getExecutionResultAsString();
        }
    }
}
