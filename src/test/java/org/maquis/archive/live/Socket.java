package org.maquis.archive.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.maquis.archive.support.GraphQL;

/**
 * A client of the `graphql-transport-ws` protocol over a real WebSocket (java.net.http): it sends the protocol's
 * messages and hands back each one the server sends, in order, and the code the server closed with.
 */
final class Socket implements WebSocket.Listener, AutoCloseable {

    /** How long a test waits for a message that must come: a bound on a wait, not a measure. */
    private static final long WAIT_SECONDS = 30;

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private volatile boolean paused;

    private Socket(URI graphql, String subprotocol) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(subprotocol)
                .buildAsync(ws(graphql), this).join();
    }

    static URI ws(URI graphql) {
        return URI.create(graphql.toString().replaceFirst("^http", "ws"));
    }

    /** A socket to this endpoint, not yet initialised. */
    static Socket open(URI graphql) {
        return new Socket(graphql, "graphql-transport-ws");
    }

    /** A socket whose connection_init the server acknowledged. */
    static Socket acknowledged(URI graphql) {
        Socket socket = open(graphql);
        socket.send(Json.createObjectBuilder().add("type", "connection_init").build().toString());
        assertEquals("connection_ack", socket.next().getString("type"));
        return socket;
    }

    /** Sends a `subscribe` message running the kept operation with these variables. */
    Socket subscribe(String id, String operation, Map<String, ?> variables) {
        JsonObject payload = Json.createObjectBuilder().add("query", GraphQL.read("graphql/" + operation + ".graphql"))
                .add("variables", Json.createObjectBuilder((Map<String, Object>) variables)).build();
        send(Json.createObjectBuilder().add("type", "subscribe").add("id", id).add("payload", payload).build().toString());
        return this;
    }

    /**
     * Waits until the instance's feed has this many subscribers: a `subscribe` message has no answer until something
     * happens, and a change committed before the subscription is under way is not for it.
     */
    static void awaitSubscribers(ChangeFeed feed, int count) {
        for (int i = 0; i < WAIT_SECONDS * 100 && feed.subscribers() != count; i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertEquals(count, feed.subscribers(), "subscribers of the feed");
    }

    /** Sends a `complete` message: the client stops this subscription. */
    void complete(String id) {
        send(Json.createObjectBuilder().add("type", "complete").add("id", id).build().toString());
    }

    /** Sends a text message; when the server has closed the socket already, what it closed with is what counts. */
    void send(String text) {
        if (!closed.isDone()) {
            socket.sendText(text, true).exceptionally(failure -> null).join();
        }
    }

    /** The next message the server sends; fails when none comes. */
    JsonObject next() {
        try {
            JsonObject message = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(message, "no message from the server");
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The payload's data of the next message, which must be a `next` of this subscription. */
    JsonObject data(String id) {
        JsonObject message = next();
        assertEquals("next", message.getString("type"), message.toString());
        assertEquals(id, message.getString("id"));
        return message.getJsonObject("payload").getJsonObject("data");
    }

    /** The code the server closed the socket with; fails when it does not close it. */
    int closeCode() {
        return closed.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
    }

    /** Messages received and not yet taken. */
    int waiting() {
        return received.size();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonObject message = Json.createReader(new StringReader(partial.toString())).readObject();
            partial.setLength(0);
            if ("ping".equals(message.getString("type", null))) {
                // The server's keep-alive: answered, as the protocol asks, and not the test's business.
                webSocket.sendText("{\"type\":\"pong\"}", true);
            } else {
                received.add(message);
            }
        }
        if (!paused) {
            webSocket.request(1);
        }
        return null;
    }

    /** Stops reading what the server sends (after the message being read): a client that does not keep up. */
    void pause() {
        paused = true;
    }

    /** Reads again, everything. */
    void resume() {
        paused = false;
        socket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed() && !closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(failure -> null).join();
        }
        socket.abort();
    }
}
