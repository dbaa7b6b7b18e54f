package kata.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import kata.gateway.topology.ServerSpec;

/**
 * A node behind the gateway, in the test JVM: it answers every path with its name (and in the
 * {@code X-Shop-Node} header), counts what it saw, remembers the last request's headers, and can
 * be told to be slow, to fail with 500, to stop (connection refused) and to start again on the
 * same port. Cheaper than a JVM per node where the test is about the gateway, not the shop.
 */
public final class TestUpstream implements AutoCloseable {

    /** What a node answering 503 sends: a shop's own JSON error. */
    public static final String UNAVAILABLE_JSON = "{\"error\":\"recommendations unavailable, try again later\",\"status\":503}";

    private final String name;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();
    private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private volatile int status = 200;
    private volatile HttpServer server;
    private volatile ExecutorService threads;

    private TestUpstream(String name) {
        this.name = name;
    }

    public static TestUpstream start(String name) {
        TestUpstream upstream = new TestUpstream(name);
        return upstream.listen(0);
    }

    public String name() {
        return name;
    }

    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public ServerSpec spec() {
        return ServerSpec.of(name, address());
    }

    /** Every answer takes this long (a node in GC thrash, a slow query). */
    public TestUpstream slow(Duration answerAfter) {
        delay.set(answerAfter);
        return this;
    }

    public TestUpstream answering(int statusCode) {
        this.status = statusCode;
        return this;
    }

    public int requests() {
        return requests.get();
    }

    public int posts() {
        return posts.get();
    }

    public int maxActive() {
        return maxActive.get();
    }

    /** The last request's headers as this node saw them, names lower-cased. */
    public Map<String, String> lastHeaders() {
        return Map.copyOf(lastHeaders);
    }

    /** Stops listening: a connect now fails, like a node that is down. */
    public void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** Listens again on the same port, like a node restarted in place. */
    public void restart() {
        int samePort = server.getAddress().getPort();
        stop();
        listen(samePort);
    }

    @Override
    public void close() {
        stop();
    }

    private TestUpstream listen(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 64);
            threads = Executors.newFixedThreadPool(32, runnable -> {
                Thread thread = new Thread(runnable, "upstream-" + name);
                thread.setDaemon(true);
                return thread;
            });
            created.setExecutor(threads);
            created.createContext("/", this::answer);
            created.start();
            server = created;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("upstream " + name + " cannot listen on " + onPort, e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        int now = active.incrementAndGet();
        maxActive.accumulateAndGet(now, Math::max);
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
            requests.incrementAndGet();
            if ("POST".equals(exchange.getRequestMethod())) {
                posts.incrementAndGet();
            }
            lastHeaders.clear();
            exchange.getRequestHeaders().forEach((key, values) -> lastHeaders.put(key.toLowerCase(java.util.Locale.ROOT), String.join(", ", values)));
            pause(delay.get()); // the node's own slowness, not a test waiting for something
            String text = switch (status) {
                case 500 -> "java.lang.IllegalStateException: boom\n\tat kata.Secret.method"; // what must not leak
                case 503 -> UNAVAILABLE_JSON; // a shop's own "not now": the customer should see it
                default -> name;
            };
            byte[] answer = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("X-Shop-Node", name);
            exchange.getResponseHeaders().set("Content-Type", status == 503 ? "application/json" : "text/plain");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        } finally {
            active.decrementAndGet();
        }
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
