package org.maquis.archive.ops;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/**
 * Adds {@code extensions.requestId} to each GraphQL error SmallRye answers, so a client can quote it and an
 * operator find the request's log lines. Registered in META-INF/services, listed in
 * {@code quarkus.smallrye-graphql.error-extension-fields}. Errors refused before execution get it from
 * {@link GraphQLOutcome#refused}.
 */
public class RequestIdExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return RequestIds.MDC_KEY;
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        String id = RequestIds.current();
        return id == null ? JsonValue.NULL : Json.createValue(id);
    }
}
