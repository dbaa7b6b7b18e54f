package kata.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against an in-process server on 127.0.0.1, port 0. */
class TestHttpTest {

    private HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    /** Holds /slow until the test is over, so a timeout is certain, not a race. */
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/echo", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.getResponseHeaders().add("X-Seen", "first");
            exchange.getResponseHeaders().add("X-Seen", "second");
            respond(exchange, 201, exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + type + " "
                    + auth + " " + body);
        });
        server.createContext("/missing", exchange -> respond(exchange, 404, "{\"error\":\"no such thing\"}"));
        server.createContext("/slow", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "late");
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private TestHttp http() {
        return TestHttp.to(server.getAddress().getPort());
    }

    @Test
    void getReturnsStatusBodyHeadersAndElapsedTime() {
        HttpResult result = http().get("/echo?x=1");

        assertThat(result.status()).isEqualTo(201);
        assertThat(result.isSuccess()).isTrue();
        assertThat(result.body()).isEqualTo("GET /echo?x=1 null null ");
        assertThat(result.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(result.header("x-SEEN")).as("case-insensitive, first value").isEqualTo("first");
        assertThat(result.header("X-Absent")).isNull();
        assertThat(result.elapsed()).isPositive();
    }

    @Test
    void postSendsJsonAndSendTakesAnyMethodAndHeaders() {
        assertThat(http().post("/echo", "{\"sku\":1}").body())
                .isEqualTo("POST /echo application/json null {\"sku\":1}");

        HttpResult put = http().send("PUT", "echo", "x", Duration.ofSeconds(5),
                "Authorization", TestHttp.basicAuth("admin", "s3cret"), "Content-Type", "text/plain");

        assertThat(put.body()).isEqualTo("PUT /echo text/plain Basic YWRtaW46czNjcmV0 x");
    }

    @Test
    void anErrorStatusIsAResultNotAnException() {
        HttpResult result = http().get("/missing");

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.isSuccess()).isFalse();
    }

    @Test
    void aTrailingSlashOnTheBaseUriIsHarmless() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");

        assertThat(TestHttp.to(base).get("/echo").status()).isEqualTo(201);
    }

    @Test
    void noAnswerThrowsNamingMethodAndUrl() {
        assertThatThrownBy(() -> http().get("/slow", Duration.ofMillis(200)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("GET http://127.0.0.1:" + server.getAddress().getPort() + "/slow failed")
                .hasMessageContaining("HttpTimeoutException");
    }

    @Test
    void tryGetTurnsATimeoutIntoStatusMinusOne() {
        HttpResult result = http().tryGet("/slow", Duration.ofMillis(200));

        assertThat(result.status()).isEqualTo(-1);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.body()).startsWith("java.net.http.HttpTimeoutException");
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void tryGetTurnsARefusedConnectionIntoStatusMinusOne() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort(); // free again once closed: nobody listens there
        }

        HttpResult result = TestHttp.to(closedPort).tryGet("/health", Duration.ofSeconds(2));

        assertThat(result.status()).isEqualTo(-1);
        assertThat(result.body()).contains("ConnectException");
    }

    @Test
    void headersComeInPairs() {
        assertThatThrownBy(() -> http().send("GET", "/echo", null, Duration.ofSeconds(1), "X-Lonely"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
