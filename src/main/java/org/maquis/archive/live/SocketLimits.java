package org.maquis.archive.live;

import graphql.GraphQLContext;
import graphql.GraphQLException;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maquis.archive.http.DocumentCache;
import org.maquis.archive.http.LimitCheck;
import org.maquis.archive.input.ArgumentValues;

/**
 * The request limits of the HTTP endpoint ({@link LimitCheck}: size and tokens of the document; depth, aliases, root
 * fields, ids and cost of the operation) and its boundary ({@link ArgumentValues}: values the archive refuses), for an
 * operation that comes over the WebSocket. A document that does not parse or validate, or variables that do not fit
 * their types, are left to the execution, which answers them.
 */
@ApplicationScoped
public class SocketLimits {

    private final LimitCheck limits;
    private final DocumentCache documents;
    private final Instance<GraphQLSchema> schema;

    public SocketLimits(LimitCheck limits, DocumentCache documents, Instance<GraphQLSchema> schema) {
        this.limits = limits;
        this.documents = documents;
        this.schema = schema;
    }

    /** The LIMIT_EXCEEDED errors of this operation, as a `graphql-transport-ws` error payload; empty when it may run. */
    JsonArray problems(String query, String operationName, JsonObject variables) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        String tooLarge = documents.holds(query) ? null : limits.documentProblem(query);
        if (tooLarge != null) {
            return errors.add(error("LIMIT_EXCEEDED", tooLarge)).build();
        }
        PreparsedDocumentEntry document = documents.validated(query);
        if (document.hasErrors()) {
            return errors.build();
        }
        List<OperationDefinition> chosen = document.getDocument().getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(o -> operationName == null || operationName.equals(o.getName())).toList();
        if (chosen.size() != 1) {
            return errors.build();
        }
        // The boundary, as RequestCheck draws it: literal and variable values the archive refuses (NUL, lone
        // surrogates, years out of its range, Ints over 32 bits) are BAD_USER_INPUT before anything runs.
        List<String> refused = new ArrayList<>(ArgumentValues.ofLiterals(schema.get(), document.getDocument(), chosen.get(0)));
        if (refused.isEmpty()) {
            refused.addAll(ArgumentValues.ofVariables(schema.get(), chosen.get(0), plain(variables)));
        }
        if (!refused.isEmpty()) {
            refused.forEach(p -> errors.add(error("BAD_USER_INPUT", p)));
            return errors.build();
        }
        Map<String, Object> coerced;
        try {
            coerced = ValuesResolver.coerceVariableValues(schema.get(), chosen.get(0).getVariableDefinitions(),
                    RawVariables.of(plain(variables)), GraphQLContext.getDefault(), Locale.ROOT).toMap();
        } catch (GraphQLException | ClassCastException e) {
            return errors.build();
        }
        limits.operationProblems(document.getDocument(), chosen.get(0), coerced).forEach(p -> errors.add(error("LIMIT_EXCEEDED", p)));
        return errors.build();
    }

    private static JsonObject error(String code, String message) {
        return Json.createObjectBuilder().add("message", message)
                .add("extensions", Json.createObjectBuilder().add("code", code)).build();
    }

    /** The variables as graphql-java takes them: maps, lists, strings, numbers, booleans. */
    private static Map<String, Object> plain(JsonObject variables) {
        return new io.vertx.core.json.JsonObject(variables.toString()).getMap();
    }
}
