package org.maquis.archive.live;

import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Serves `graphql-transport-ws` at the GraphQL endpoint in place of Quarkus' own handler, with SmallRye's protocol
 * handler inside ({@link SocketProtocol}), for what Quarkus' handler cannot do:
 * <ul>
 * <li>a client that does not read what it is sent is bounded: once more than {@code maquis.live.socket-buffer-bytes}
 * wait to be written to it, the socket is closed with 1008 (policy violation) and a reason that says how to resume,
 * never a growing heap;</li>
 * <li>each operation's document is held to the request limits before it runs, as over HTTP ({@link SocketProtocol});</li>
 * <li>a message of a type the protocol does not know closes with 4400, as the protocol says.</li>
 * </ul>
 * An upgrade that does not offer `graphql-transport-ws` (the older `graphql-ws`, or none) is refused with HTTP 400.
 */
@ApplicationScoped
public class LiveSocket {

    static final String PROTOCOL = "graphql-transport-ws";
    /** The close code of a socket whose client fell behind: policy violation. */
    static final short TOO_SLOW = 1008;
    private static final Logger LOG = Logger.getLogger(LiveSocket.class);

    private final SocketLimits limits;
    private final String path;
    private final int bufferBytes;

    public LiveSocket(SocketLimits limits, @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path,
            @ConfigProperty(name = "maquis.live.socket-buffer-bytes", defaultValue = "1048576") int bufferBytes) {
        this.limits = limits;
        this.path = path;
        this.bufferBytes = bufferBytes;
    }

    void install(@Observes Router router) {
        router.get(path).order(-150).handler(this::upgrade);
    }

    private void upgrade(RoutingContext ctx) {
        if (!ctx.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            ctx.next();
            return;
        }
        String offered = ctx.request().getHeader("Sec-WebSocket-Protocol");
        if (offered == null || !offered.contains(PROTOCOL)) {
            // The older `graphql-ws` would reach Quarkus' own handler, without the bounds and checks above.
            ctx.response().setStatusCode(400).end("This endpoint speaks the WebSocket subprotocol " + PROTOCOL + " only.");
            return;
        }
        ctx.request().toWebSocket().onSuccess(socket -> {
            if (!PROTOCOL.equals(socket.subProtocol())) {
                socket.close((short) 4406, "Subprotocol not acceptable");
                return;
            }
            socket.setWriteQueueMaxSize(bufferBytes);
            Session session = new Session(socket, bufferBytes);
            SocketProtocol handler = new SocketProtocol(session, new HashMap<>(), limits);
            // A client that does not read does not answer the close either: its subscriptions go at once.
            session.whenTooSlow = handler::onClose;
            socket.closeHandler(ignored -> handler.onClose());
            socket.endHandler(ignored -> handler.onEnd());
            socket.exceptionHandler(handler::onThrowable);
            socket.textMessageHandler(handler::onMessage);
        }).onFailure(failure -> LOG.debugf(failure, "A WebSocket upgrade failed"));
    }

    /** The socket as SmallRye's protocol handler writes to it: bounded. */
    private static final class Session implements GraphQLWebSocketSession {

        private final ServerWebSocket socket;
        private final int bufferBytes;
        private Runnable whenTooSlow = () -> { };

        Session(ServerWebSocket socket, int bufferBytes) {
            this.socket = socket;
            this.bufferBytes = bufferBytes;
        }

        @Override
        public void sendMessage(String message) {
            if (socket.isClosed()) {
                return;
            }
            if (socket.writeQueueFull()) {
                socket.close(TOO_SLOW, "Too slow: more than " + bufferBytes + " bytes were waiting for this client;"
                        + " subscribe again with `after`");
                whenTooSlow.run();
                return;
            }
            socket.writeTextMessage(message);
        }

        @Override
        public void close(short statusCode, String reason) {
            if (!socket.isClosed()) {
                socket.close(statusCode, reason);
            }
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }
    }
}
