package org.maquis.archive.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * `graphql-transport-ws` to the letter: what breaks the protocol closes the socket with the protocol's code, and a
 * document that cannot run is an `error` message for its operation, never a crash or a silent socket.
 */
@QuarkusTest
class ProtocolTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    ChangeFeed feed;

    @Test
    void theOlderGraphqlWsProtocolIsRefusedAtTheUpgrade() {
        CompletionException refused = assertThrows(CompletionException.class, () -> HttpClient.newHttpClient()
                .newWebSocketBuilder().subprotocols("graphql-ws").buildAsync(Socket.ws(graphql), new WebSocket.Listener() {
                }).join());
        assertTrue(refused.getCause() instanceof WebSocketHandshakeException, refused.toString());
        assertEquals(400, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
    }

    @Test
    void aMessageThatIsNotJsonClosesWith4400() {
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.send("{\"type\": \"subscribe\", ");
            assertEquals(4400, socket.closeCode());
        }
    }

    @Test
    void aMessageOfNoKnownTypeClosesWith4400() {
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.send("{\"type\": \"shout\"}");
            assertEquals(4400, socket.closeCode());
        }
    }

    @Test
    void aSubscriptionBeforeConnectionInitClosesWith4401() {
        try (Socket socket = Socket.open(graphql)) {
            socket.subscribe("early", "live/archive-changed", Map.of());
            assertEquals(4401, socket.closeCode());
        }
    }

    @Test
    void aSecondConnectionInitClosesWith4429() {
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.send("{\"type\": \"connection_init\"}");
            assertEquals(4429, socket.closeCode());
        }
    }

    @Test
    void aSecondSubscriptionUnderOneIdClosesWith4409() {
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.subscribe("twice", "live/archive-changed", Map.of());
            socket.subscribe("twice", "live/archive-changed", Map.of());
            assertEquals(4409, socket.closeCode());
        }
        Socket.awaitSubscribers(feed, 0);
    }

    @Test
    void aDocumentThatCannotRunIsAnErrorOfItsOperationAndTheSocketStaysOpen() {
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.send("{\"type\": \"subscribe\", \"id\": \"bad\", \"payload\": {\"query\": \"subscription { archiveChanged { nothing } }\"}}");
            assertEquals("BAD_USER_INPUT", code(socket.next(), "bad"));
            socket.send("{\"type\": \"ping\"}");
            assertEquals("pong", socket.next().getString("type"));
        }
    }

    @Test
    void aCursorThatIsNotOneIsBadUserInput() {
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.subscribe("resume", "live/archive-changed", Map.of("after", "Y2hhbmdlOjAx"));
            assertEquals("BAD_USER_INPUT", code(socket.next(), "resume"));
        }
    }

    @Test
    void aDocumentOverTheRequestLimitsDoesNotRun() {
        try (Socket socket = Socket.acknowledged(graphql)) {
            // Built here, not kept in graphql/: every kept operation must be within the limits (OperationMeasureTest).
            String placeWithin = "name";
            for (int i = 0; i < 16; i++) {
                placeWithin = "locatedIn { " + placeWithin + " }";
            }
            socket.send(Json.createObjectBuilder().add("type", "subscribe").add("id", "deep").add("payload",
                    Json.createObjectBuilder().add("query", "subscription { archiveChanged { node { ... on Place { "
                            + placeWithin + " } } } }")).build().toString());
            assertEquals("LIMIT_EXCEEDED", code(socket.next(), "deep"));
            socket.subscribe("fine", "live/archive-changed", Map.of());
            Socket.awaitSubscribers(feed, 1);
        }
    }

    @Test
    void valuesTheArchiveRefusesAreBadUserInputBeforeAnythingRuns() {
        try (Socket socket = Socket.acknowledged(graphql)) {
            socket.send(Json.createObjectBuilder().add("type", "subscribe").add("id", "nul").add("payload",
                    Json.createObjectBuilder().add("query", "subscription { eventRecorded(filter: {name: \"a\\u0000b\"}) { name } }"))
                    .build().toString());
            assertEquals("BAD_USER_INPUT", code(socket.next(), "nul"), "a NUL in a literal");
            // Written as JSON's escape: a lone surrogate cannot travel as UTF-8 text.
            socket.send("{\"type\": \"subscribe\", \"id\": \"surrogate\", \"payload\": {\"query\": "
                    + "\"subscription ($f: EventFilterInput) { eventRecorded(filter: $f) { name } }\", "
                    + "\"variables\": {\"f\": {\"name\": \"\\uDFFF\"}}}}");
            assertEquals("BAD_USER_INPUT", code(socket.next(), "surrogate"), "a lone surrogate in a variable");
            socket.subscribe("wide", "live/event-recorded", Map.of("filter", Map.of("fromYear", 4_294_967_296L)));
            assertEquals("BAD_USER_INPUT", code(socket.next(), "wide"), "an Int over 32 bits in a variable");
            socket.subscribe("fine", "live/event-recorded", Map.of("filter", Map.of("name", "raid")));
            Socket.awaitSubscribers(feed, 1);
        }
    }

    /** The code of the first error of an `error` message of this operation. */
    private static String code(JsonObject message, String id) {
        assertEquals("error", message.getString("type"), message.toString());
        assertEquals(id, message.getString("id"));
        return message.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code");
    }
}
