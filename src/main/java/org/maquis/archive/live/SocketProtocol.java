package org.maquis.archive.live;

import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.graphqltransportws.GraphQLTransportWSSubprotocolHandler;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * SmallRye's `graphql-transport-ws` handler, with two checks before it: a message must be one of the protocol's
 * types (SmallRye 2.17 throws on any other, and the socket stays open, saying nothing), and a `subscribe` message's
 * document must keep within the request limits ({@link SocketLimits}); one over them is answered with the
 * protocol's `error` message, LIMIT_EXCEEDED, and does not run.
 */
final class SocketProtocol extends GraphQLTransportWSSubprotocolHandler {

    private static final Set<String> TYPES = Set.of("connection_init", "connection_ack", "ping", "pong", "subscribe",
            "next", "error", "complete");

    private final SocketLimits limits;

    SocketProtocol(GraphQLWebSocketSession session, Map<String, Object> context, SocketLimits limits) {
        super(session, context);
        this.limits = limits;
    }

    @Override
    protected void onMessage(JsonObject message) {
        if (message == null) {
            return; // did not parse: closed with 4400 already
        }
        JsonValue type = message.get("type");
        if (type == null || type.getValueType() != JsonValue.ValueType.STRING
                || !TYPES.contains(message.getString("type"))) {
            session.close((short) 4400, "Unknown message type");
            return;
        }
        if (message.getString("type").equals("subscribe") && !mayRun(message)) {
            return;
        }
        super.onMessage(message);
    }

    /** Whether the subscribe message may go on; when not, the error was sent, or the socket closed. */
    private boolean mayRun(JsonObject message) {
        if (!(message.get("id") instanceof JsonString id) || !(message.get("payload") instanceof JsonObject payload)
                || !(payload.get("query") instanceof JsonString query)) {
            session.close((short) 4400, "A subscribe message needs a string id and a payload with a query");
            return false;
        }
        JsonArray errors = limits.problems(query.getString(), payload.getString("operationName", null),
                payload.get("variables") instanceof JsonObject variables ? variables : JsonValue.EMPTY_JSON_OBJECT);
        if (errors.isEmpty()) {
            return true;
        }
        try {
            session.sendMessage(Json.createObjectBuilder().add("id", id.getString()).add("type", "error")
                    .add("payload", errors).build().toString());
        } catch (IOException e) {
            session.close((short) 1011, "Cannot answer");
        }
        return false;
    }
}
