package kata.runtime.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * A deliberately thin HTTP client for tests: one line per request, a result you can assert
 * on, and an error message that names the method and URL when something goes wrong.
 *
 * <pre>{@code
 * HttpResult health = TestHttp.to(shop.baseUri()).get("/health");
 * assertThat(health.status()).isEqualTo(200);
 * }</pre>
 *
 * <p>Why these settings: HTTP/1.1 because {@code java.net.http} otherwise tries HTTP/2 first,
 * which no service in this workshop speaks; a 2 s connect timeout because everything runs on
 * 127.0.0.1 — a connect that takes longer means the service is down, not far away; a 5 s
 * request timeout so a hung service fails a test instead of hanging the build.
 *
 * <p>Note: {@code java.net.http} refuses to set {@code Host}, {@code Connection} and
 * {@code Content-Length} headers ({@link IllegalArgumentException}).
 */
public final class TestHttp {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    /** One client for the whole test JVM: it pools connections and its threads. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();

    private final String base;

    private TestHttp(URI base) {
        String text = base.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public static TestHttp to(URI base) {
        return new TestHttp(base);
    }

    /** Tests only ever talk to loopback, so a port is all it takes. */
    public static TestHttp to(int port) {
        return new TestHttp(URI.create("http://127.0.0.1:" + port));
    }

    /** The port this client talks to on 127.0.0.1. */
    public int port() {
        return URI.create(base).getPort();
    }

    public HttpResult get(String path) {
        return get(path, DEFAULT_TIMEOUT);
    }

    public HttpResult get(String path, Duration timeout) {
        return send("GET", path, null, timeout);
    }

    public HttpResult post(String path, String jsonBody) {
        return send("POST", path, jsonBody, DEFAULT_TIMEOUT, "Content-Type", "application/json");
    }

    /**
     * The general form.
     *
     * @param body                 {@code null} sends no body
     * @param headerNameValuePairs {@code "Accept", "application/json", "X-Trace", "42"}
     * @throws UncheckedIOException when there is no HTTP answer (refused, reset, timed out);
     *                              an answer with status 500 is a result, not an exception
     */
    public HttpResult send(String method, String path, String body, Duration timeout, String... headerNameValuePairs) {
        HttpRequest request = request(method, path, body, timeout, headerNameValuePairs);
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpResult(response.statusCode(), response.body(), response.headers().map(), since(started));
        } catch (IOException e) {
            throw new UncheckedIOException(describe(request) + " failed after " + since(started).toMillis()
                    + " ms: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // keep the interrupt for whoever stops this thread
            InterruptedIOException io = new InterruptedIOException(describe(request) + " was interrupted");
            io.initCause(e);
            throw new UncheckedIOException(io.getMessage(), io);
        }
    }

    /**
     * A GET that never throws for a missing answer: a refused connection or a timeout comes
     * back as status {@code -1} with the exception in the body. Made for load probes and
     * availability checks, where "no answer" is a data point, not a bug in the test.
     */
    public HttpResult tryGet(String path, Duration timeout) {
        return trySend("GET", path, null, timeout);
    }

    /** {@link #send} that reports a missing answer as status {@code -1}, like {@link #tryGet}. */
    public HttpResult trySend(String method, String path, String body, Duration timeout, String... headerNameValuePairs) {
        long started = System.nanoTime();
        try {
            return send(method, path, body, timeout, headerNameValuePairs);
        } catch (UncheckedIOException e) {
            return new HttpResult(-1, String.valueOf(e.getCause()), Map.of(), since(started));
        }
    }

    /** The value of an {@code Authorization} header for HTTP Basic authentication. */
    public static String basicAuth(String user, String password) {
        String credentials = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String method, String path, String body, Duration timeout, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers come in name/value pairs, got " + headers.length + " strings");
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
                .timeout(timeout)
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder.build();
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("/") ? base + path : base + "/" + path);
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri();
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
