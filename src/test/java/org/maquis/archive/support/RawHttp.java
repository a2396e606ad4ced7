package org.maquis.archive.support;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Posts raw bytes with raw headers, as no client library would, and reads the answer as UTF-8 text within a bound. */
public final class RawHttp {

    private final HttpClient http;
    private final URI endpoint;
    private final Duration bound;

    public RawHttp(URL endpoint, Duration bound) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(bound).build();
        this.endpoint = URI.create(endpoint.toString());
        this.bound = bound;
    }

    /**
     * The answer. A connection the server closed after its previous answer (a 413 or 414 closes it) may be found closed
     * only when reused: then the request goes once more, on a new connection, and must be answered then.
     */
    public HttpResponse<String> post(byte[] body, Map<String, String> headers) throws IOException, InterruptedException {
        try {
            return http.send(request(body, headers), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            return http.send(request(body, headers), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private HttpRequest request(byte[] body, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(bound).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return builder.build();
    }
}
